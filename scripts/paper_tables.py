"""The paper's numbers (Nguyen et al. 2020, ../shared/paper/), transcribed by hand for docs/reproduction.md.

Table 2: statistics and baseline HR@10 of the eighteen datasets. Table 3: gain (%) of each
configuration when Book is the source. Table 6b: Pearson r (p) of gain against target sparsity.
"""

CONFIGS = ["config-1", "config-2", "config-3", "config-4", "config-5", "config-6", "config-7"]

# name: (users, items, ratings, sparsity %, baseline HR@10)
TABLE_2 = {
    "Book": (46276, 148785, 2453521, 99.96, 0.66),
    "Movie": (8396, 25839, 449685, 99.79, 0.64),
    "Kindle": (13742, 21883, 566622, 99.81, 0.61),
    "Sport": (2826, 14016, 109229, 99.72, 0.25),
    "Clothing": (11975, 69009, 743040, 99.91, 0.18),
    "CD": (5019, 12847, 193170, 99.70, 0.49),
    "Pet": (2153, 7591, 95753, 99.41, 0.26),
    "DigitalMusic": (230, 2116, 7146, 98.53, 0.20),
    "Home": (2002, 9962, 73672, 99.63, 0.13),
    "Toy": (2181, 9577, 66321, 99.68, 0.34),
    "Videogame": (514, 1996, 16496, 98.39, 0.31),
    "Art": (531, 3492, 17804, 99.04, 0.27),
    "Automotive": (2196, 13435, 87418, 99.70, 0.15),
    "Cellphone": (146, 1726, 3813, 98.49, 0.21),
    "Food": (1451, 6134, 59899, 99.33, 0.21),
    "Instrument": (173, 1271, 7185, 96.73, 0.17),
    "Office": (543, 2768, 19309, 98.72, 0.29),
    "Garden": (213, 1877, 5957, 98.51, 0.20),
}

# Table 3 (source Book): gains of config-1..config-7, in %.
TABLE_3 = {
    "Sport": (-11.40, -32.20, -30.68, -13.15, 2.64, 3.17, 1.44),
    "Clothing": (19.90, -14.81, -19.21, -9.99, 4.59, 4.26, 0.61),
    "CD": (-1.78, -26.51, -28.66, -11.96, -2.15, 0.14, -1.03),
    "Pet": (-4.41, -26.28, -24.14, -9.26, 0.02, -0.65, -0.30),
    "DigitalMusic": (-10.74, -11.92, -11.49, -6.17, -0.43, -6.06, -9.53),
    "Home": (1.80, -11.67, -12.68, -4.10, 10.89, 8.59, 3.81),
    "Toy": (-8.31, -25.06, -23.68, -9.18, -0.88, -1.47, 0.38),
    "Videogame": (-0.43, -28.77, -27.38, -11.52, 0.97, 1.07, 1.58),
    "Art": (2.80, -20.51, -26.08, -4.78, 6.47, 9.05, 8.48),
    "Automotive": (-4.59, -17.01, -19.35, -5.25, 1.85, 2.74, 0.24),
    "Cellphone": (-19.85, -10.03, -21.30, -17.75, -12.58, -7.75, -9.36),
    "Food": (0.35, -26.52, -22.33, -9.76, 4.51, 0.30, -1.15),
    "Instrument": (-13.61, -7.38, -10.14, 0.66, -3.24, -4.63, -7.38),
    "Office": (-0.52, -13.22, -16.68, -5.52, -2.98, -0.80, -2.47),
    "Garden": (-8.29, -14.23, -16.00, -6.65, -4.51, -7.52, -0.80),
}

# Table 6b, source Book: r (p) of gain against target sparsity. (Table 6a, against size, is not
# legible in the transcription; the text says |r| < 0.4 and p > 0.05 except Config-1 from Book.)
TABLE_6B_BOOK = {"config-1": (0.48, 0.069), "config-5": (0.47, 0.074), "config-6": (0.55, 0.032), "config-7": (0.54, 0.037)}

# Our domain name -> the paper's, for the domains both have.
PAPER_NAME = {
    "Book": "Book", "CD": "CD", "Sports": "Sport", "Clothing": "Clothing", "DigitalMusic": "DigitalMusic",
    "Home": "Home", "Toys": "Toy", "Videogame": "Videogame", "Cellphone": "Cellphone", "Grocery": "Food",
    "Instrument": "Instrument", "Office": "Office",
}

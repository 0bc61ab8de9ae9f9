package org.rectransfer.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** Writes what a scene shows to target/screenshots, to be looked at. */
final class Screenshots {
    private static final Path FOLDER = Path.of("target", "screenshots");

    private Screenshots() { }

    static void write(Scene scene, String fileName) throws IOException {
        WritableImage image = WaitForAsyncUtils.waitForAsyncFx(60_000, () -> scene.snapshot(null));
        Files.createDirectories(FOLDER);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", FOLDER.resolve(fileName).toFile());
    }
}

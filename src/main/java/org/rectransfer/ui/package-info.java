/**
 * The JavaFX workbench, built MVVM (docs/architecture.md): each screen is an {@code XxxView} (layout and
 * bindings, no logic) plus an {@code XxxViewModel} (JavaFX properties and commands, unit-tested
 * without a window). Long work runs in {@link javafx.concurrent.Task}s on a background executor,
 * never on the FX application thread. This is the only package that imports JavaFX.
 */
package org.rectransfer.ui;

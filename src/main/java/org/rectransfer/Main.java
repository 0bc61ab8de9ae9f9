package org.rectransfer;

public final class Main {
    public static void main(String[] args) { }
}

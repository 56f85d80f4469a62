package dev.peerdesk.host.capture;

/** The pointer image: width*height non-premultiplied ARGB pixels and its hot spot. */
public record CursorShape(int hotX, int hotY, int width, int height, int[] argb) {}

package dev.cairn.loader.internal;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the class-level runtime-visible annotation types straight from a class file, so scanning
 * never loads (or initialises) a class that turns out not to be mapped: a package may hold classes
 * whose dependencies are absent from the build's class path.
 */
final class ClassFileAnnotations {
  private static final int MAGIC = 0xCAFEBABE;

  private ClassFileAnnotations() {}

  /**
   * Returns the descriptors (e.g. {@code Ljakarta/persistence/Entity;}) of the annotations on the
   * class itself.
   *
   * @param classFile the class file bytes
   * @return the annotation type descriptors, empty when there are none
   * @throws IOException when the bytes are not a well-formed class file
   */
  static List<String> classAnnotations(byte[] classFile) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
    if (in.readInt() != MAGIC) {
      throw new IOException("not a class file");
    }
    in.readUnsignedShort(); // minor
    in.readUnsignedShort(); // major
    String[] utf8 = readConstantPool(in);
    in.readUnsignedShort(); // access flags
    in.readUnsignedShort(); // this class
    in.readUnsignedShort(); // super class
    skipFully(in, 2L * in.readUnsignedShort()); // interfaces
    skipMembers(in); // fields
    skipMembers(in); // methods
    List<String> result = new ArrayList<>();
    int attributes = in.readUnsignedShort();
    for (int i = 0; i < attributes; i++) {
      String name = utf8[in.readUnsignedShort()];
      long length = Integer.toUnsignedLong(in.readInt());
      if ("RuntimeVisibleAnnotations".equals(name)) {
        int count = in.readUnsignedShort();
        for (int a = 0; a < count; a++) {
          result.add(readAnnotation(in, utf8));
        }
      } else {
        skipFully(in, length);
      }
    }
    return result;
  }

  private static String[] readConstantPool(DataInputStream in) throws IOException {
    int count = in.readUnsignedShort();
    String[] utf8 = new String[count];
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> utf8[i] = in.readUTF();
        case 3, 4 -> skipFully(in, 4); // Integer, Float
        case 5, 6 -> { // Long, Double take two slots
          skipFully(in, 8);
          i++;
        }
        case 7, 8, 16, 19, 20 -> skipFully(in, 2); // Class, String, MethodType, Module, Package
        case 9, 10, 11, 12, 17, 18 -> skipFully(in, 4); // refs, NameAndType, (Invoke)Dynamic
        case 15 -> skipFully(in, 3); // MethodHandle
        default -> throw new IOException("unknown constant pool tag " + tag);
      }
    }
    return utf8;
  }

  private static void skipMembers(DataInputStream in) throws IOException {
    int count = in.readUnsignedShort();
    for (int i = 0; i < count; i++) {
      skipFully(in, 6); // access, name, descriptor
      int attributes = in.readUnsignedShort();
      for (int a = 0; a < attributes; a++) {
        in.readUnsignedShort();
        skipFully(in, Integer.toUnsignedLong(in.readInt()));
      }
    }
  }

  private static String readAnnotation(DataInputStream in, String[] utf8) throws IOException {
    String type = utf8[in.readUnsignedShort()];
    int pairs = in.readUnsignedShort();
    for (int p = 0; p < pairs; p++) {
      in.readUnsignedShort(); // element name
      skipElementValue(in, utf8);
    }
    return type;
  }

  private static void skipElementValue(DataInputStream in, String[] utf8) throws IOException {
    int tag = in.readUnsignedByte();
    switch (tag) {
      case 'B', 'C', 'D', 'F', 'I', 'J', 'S', 'Z', 's', 'c' -> skipFully(in, 2);
      case 'e' -> skipFully(in, 4);
      case '@' -> readAnnotation(in, utf8);
      case '[' -> {
        int n = in.readUnsignedShort();
        for (int i = 0; i < n; i++) {
          skipElementValue(in, utf8);
        }
      }
      default -> throw new IOException("unknown annotation element tag " + (char) tag);
    }
  }

  private static void skipFully(DataInputStream in, long n) throws IOException {
    long left = n;
    while (left > 0) {
      int skipped = in.skipBytes((int) Math.min(left, Integer.MAX_VALUE));
      if (skipped <= 0) {
        throw new IOException("truncated class file");
      }
      left -= skipped;
    }
  }
}

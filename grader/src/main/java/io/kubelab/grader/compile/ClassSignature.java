package io.kubelab.grader.compile;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * ClassSignature is what another source compiled against a class file can see of it: the class's
 * name, flags, supertypes, generic signature, member classes, and every non-private field and
 * method with its flags, descriptor, generic signature, thrown exceptions and constant value.
 *
 * <p>Two class files with equal signatures compile every other source to the same bytes: javac
 * reads nothing else of a class it compiles against, and it copies only constants into its output.
 * So a method body change leaves the signature as it was, and the sources that use the class need
 * not be compiled again. Members are sorted, as their order in the source is no part of it.
 */
record ClassSignature(String text) {
  private static final int PRIVATE = 0x0002;
  private static final int SYNTHETIC = 0x1000;

  /** Reads the signature of the class file at {@code file}. */
  static ClassSignature of(Path file) throws IOException {
    return of(Files.readAllBytes(file));
  }

  /** Reads the signature of a class file's bytes. */
  static ClassSignature of(byte[] classFile) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
    if (in.readInt() != 0xCAFEBABE) {
      throw new IOException("not a class file");
    }
    in.readUnsignedShort();
    in.readUnsignedShort();
    Object[] pool = readPool(in);
    StringBuilder text = new StringBuilder();
    int flags = in.readUnsignedShort();
    String name = className(pool, in.readUnsignedShort());
    int superIndex = in.readUnsignedShort();
    text.append("class ")
        .append(flags)
        .append(' ')
        .append(name)
        .append(" extends ")
        .append(superIndex == 0 ? "-" : className(pool, superIndex));
    int interfaces = in.readUnsignedShort();
    for (int i = 0; i < interfaces; i++) {
      text.append(i == 0 ? " implements " : ",").append(className(pool, in.readUnsignedShort()));
    }
    text.append('\n');
    text.append(members("field", in, pool));
    text.append(members("method", in, pool));
    TreeSet<String> attributes = new TreeSet<>();
    readAttributes(in, pool, attributes);
    // javac lists every nested class the code refers to (MethodHandles$Lookup for a lambda in a
    // body); what others read of this class is its own members and its own entry as a member.
    attributes.removeIf(attribute -> attribute.startsWith("member ") && !ownEntry(attribute, name));
    attributes.forEach(attribute -> text.append(attribute).append('\n'));
    return new ClassSignature(text.toString());
  }

  /**
   * Whether a "member INNER of OUTER FLAGS" line names {@code name} as the inner or outer class.
   */
  private static boolean ownEntry(String member, String name) {
    String[] words = member.split(" ");
    return words[1].equals(name) || words[3].equals(name);
  }

  private static String members(String kind, DataInputStream in, Object[] pool) throws IOException {
    TreeSet<String> lines = new TreeSet<>();
    int count = in.readUnsignedShort();
    for (int i = 0; i < count; i++) {
      int flags = in.readUnsignedShort();
      String line =
          kind
              + " "
              + flags
              + " "
              + utf8(pool, in.readUnsignedShort())
              + " "
              + utf8(pool, in.readUnsignedShort());
      TreeSet<String> attributes = new TreeSet<>();
      readAttributes(in, pool, attributes);
      // Private members and the compiler's own (lambda bodies, bridges) are no one else's API.
      if ((flags & (PRIVATE | SYNTHETIC)) == 0) {
        lines.add(line + " " + String.join(" ", attributes));
      }
    }
    StringBuilder text = new StringBuilder();
    lines.forEach(line -> text.append(line).append('\n'));
    return text.toString();
  }

  /**
   * Reads an attribute table, keeping what a compiler reads of it: generic signatures, constant
   * values, thrown exceptions, member classes, permitted subclasses and record components.
   */
  private static void readAttributes(DataInputStream in, Object[] pool, TreeSet<String> kept)
      throws IOException {
    int count = in.readUnsignedShort();
    for (int i = 0; i < count; i++) {
      String name = utf8(pool, in.readUnsignedShort());
      byte[] body = new byte[in.readInt()];
      in.readFully(body);
      DataInputStream attribute = new DataInputStream(new ByteArrayInputStream(body));
      switch (name) {
        case "Signature" -> kept.add("signature=" + utf8(pool, attribute.readUnsignedShort()));
        case "ConstantValue" -> kept.add("value=" + pool[attribute.readUnsignedShort()]);
        case "Exceptions", "PermittedSubclasses" -> {
          List<String> classes = new ArrayList<>();
          int n = attribute.readUnsignedShort();
          for (int j = 0; j < n; j++) {
            classes.add(className(pool, attribute.readUnsignedShort()));
          }
          kept.add(name + "=" + classes);
        }
        case "InnerClasses" -> {
          int n = attribute.readUnsignedShort();
          for (int j = 0; j < n; j++) {
            int inner = attribute.readUnsignedShort();
            int outer = attribute.readUnsignedShort();
            int simpleName = attribute.readUnsignedShort();
            int flags = attribute.readUnsignedShort();
            // Anonymous and local classes have no outer class: they are the body's, not the API.
            if (outer != 0 && simpleName != 0) {
              kept.add(
                  "member "
                      + className(pool, inner)
                      + " of "
                      + className(pool, outer)
                      + " "
                      + flags);
            }
          }
        }
        case "Record" -> {
          int n = attribute.readUnsignedShort();
          for (int j = 0; j < n; j++) {
            String component =
                utf8(pool, attribute.readUnsignedShort())
                    + " "
                    + utf8(pool, attribute.readUnsignedShort());
            TreeSet<String> componentAttributes = new TreeSet<>();
            readAttributes(attribute, pool, componentAttributes);
            kept.add("component " + component + " " + String.join(" ", componentAttributes));
          }
        }
        default -> {
          // Code, line numbers, nest members, bootstrap methods and annotations: no other
          // source's class file depends on them.
        }
      }
    }
  }

  /** Reads the constant pool, with each entry a compiler may copy as its value. */
  private static Object[] readPool(DataInputStream in) throws IOException {
    int count = in.readUnsignedShort();
    Object[] pool = new Object[count];
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> pool[i] = in.readUTF();
        case 3 -> pool[i] = "int:" + in.readInt();
        case 4 -> pool[i] = "float:" + Float.floatToRawIntBits(in.readFloat());
        case 5 -> pool[i++] = "long:" + in.readLong();
        case 6 -> pool[i++] = "double:" + Double.doubleToRawLongBits(in.readDouble());
        case 7, 8, 16, 19, 20 -> pool[i] = new Ref(tag, in.readUnsignedShort());
        case 9, 10, 11, 12, 17, 18 -> {
          in.readUnsignedShort();
          in.readUnsignedShort();
        }
        case 15 -> {
          in.readUnsignedByte();
          in.readUnsignedShort();
        }
        default -> throw new IOException("unknown constant pool tag " + tag);
      }
    }
    // A string constant's value is its text.
    for (int i = 1; i < count; i++) {
      if (pool[i] instanceof Ref ref && ref.tag() == 8) {
        pool[i] = "string:" + pool[ref.index()];
      }
    }
    return pool;
  }

  private static String utf8(Object[] pool, int index) throws IOException {
    if (pool[index] instanceof String text) {
      return text;
    }
    throw new IOException("constant " + index + " is not a name");
  }

  private static String className(Object[] pool, int index) throws IOException {
    if (pool[index] instanceof Ref ref && ref.tag() == 7) {
      return utf8(pool, ref.index());
    }
    throw new IOException("constant " + index + " is not a class");
  }

  /** A constant that names another: a class, a string, a method type, a module or a package. */
  private record Ref(int tag, int index) {}
}

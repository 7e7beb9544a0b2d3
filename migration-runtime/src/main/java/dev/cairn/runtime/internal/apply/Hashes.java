package dev.cairn.runtime.internal.apply;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** The hashes Atlas keeps in the revision table. */
public final class Hashes {
  private Hashes() {}

  /**
   * Atlas's partial hashes: one running SHA-256 fed each statement's text in turn; after each
   * statement, {@code h1:} + base64 of the digest so far.
   *
   * @param statements the statements
   * @return one hash per statement
   */
  public static List<String> partialHashes(List<Script.Stmt> statements) {
    MessageDigest md = sha256();
    List<String> out = new ArrayList<>(statements.size());
    for (Script.Stmt s : statements) {
      md.update(s.hashText().getBytes(StandardCharsets.UTF_8));
      out.add("h1:" + Base64.getEncoder().encodeToString(snapshot(md)));
    }
    return out;
  }

  /**
   * The hash {@code atlas.sum} would give the last of the given files: base64 of a running SHA-256
   * fed each file's name, then its content.
   *
   * @param names the file names, in directory order
   * @param contents the file contents
   * @return base64 of the digest after the last file
   */
  public static String chain(List<String> names, List<byte[]> contents) {
    MessageDigest md = sha256();
    for (int i = 0; i < names.size(); i++) {
      md.update(names.get(i).getBytes(StandardCharsets.UTF_8));
      md.update(contents.get(i));
    }
    return Base64.getEncoder().encodeToString(md.digest());
  }

  private static byte[] snapshot(MessageDigest md) {
    try {
      return ((MessageDigest) md.clone()).digest();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("SHA-256 digest cannot be cloned", e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}

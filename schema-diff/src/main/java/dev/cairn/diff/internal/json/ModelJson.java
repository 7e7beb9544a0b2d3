package dev.cairn.diff.internal.json;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps the model's records to JSON trees and back by reflection over record components, so the
 * mapping follows the model as it grows. Null values and empty lists are left out; on reading, an
 * absent key means null, an empty list, false or zero.
 */
public final class ModelJson {
  private ModelJson() {}

  /**
   * Converts a record (and everything in it) to JSON shapes.
   *
   * @param value a record, list, enum, string, number, boolean, character or null
   * @return maps, lists and scalars for {@link Json#write(Object)}
   */
  public static Object toTree(Object value) {
    if (value == null
        || value instanceof String
        || value instanceof Boolean
        || value instanceof Long
        || value instanceof Integer) {
      return value;
    }
    if (value instanceof Character c) {
      return String.valueOf(c);
    }
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      for (Object o : list) {
        out.add(toTree(o));
      }
      return out;
    }
    Class<?> type = value.getClass();
    if (type.isRecord()) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (RecordComponent rc : type.getRecordComponents()) {
        Object v;
        try {
          v = rc.getAccessor().invoke(value);
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new IllegalStateException("Cannot read " + rc, e);
        }
        if (v == null || (v instanceof List<?> l && l.isEmpty())) {
          continue;
        }
        map.put(rc.getName(), toTree(v));
      }
      return map;
    }
    throw new IllegalArgumentException("Cannot map " + type + " to JSON");
  }

  /**
   * Rebuilds a record from JSON shapes.
   *
   * @param tree what {@link Json#parse(String)} returned
   * @param type the record type
   * @param <T> the record type
   * @return the record
   * @throws IllegalArgumentException when the tree does not fit the type
   */
  public static <T> T fromTree(Object tree, Class<T> type) {
    return type.cast(read(tree, type));
  }

  private static Object read(Object tree, Type type) {
    if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
      if (tree == null) {
        return List.of();
      }
      if (!(tree instanceof List<?> list)) {
        throw new IllegalArgumentException("Expected a list, got " + tree);
      }
      List<Object> out = new ArrayList<>(list.size());
      for (Object o : list) {
        out.add(read(o, p.getActualTypeArguments()[0]));
      }
      return out;
    }
    Class<?> c = (Class<?>) type;
    if (c == boolean.class) {
      return tree != null && (Boolean) tree;
    }
    if (c == long.class) {
      return tree == null ? 0L : ((Number) tree).longValue();
    }
    if (c == int.class) {
      return tree == null ? 0 : ((Number) tree).intValue();
    }
    if (c == char.class) {
      String s = (String) tree;
      if (s == null || s.length() != 1) {
        throw new IllegalArgumentException("Expected one character, got " + s);
      }
      return s.charAt(0);
    }
    if (tree == null) {
      return null;
    }
    if (c == String.class) {
      if (!(tree instanceof String)) {
        throw new IllegalArgumentException("Expected a string, got " + tree);
      }
      return tree;
    }
    if (c == Boolean.class) {
      return tree;
    }
    if (c == Long.class) {
      return ((Number) tree).longValue();
    }
    if (c.isEnum()) {
      for (Object constant : c.getEnumConstants()) {
        if (((Enum<?>) constant).name().equals(tree)) {
          return constant;
        }
      }
      throw new IllegalArgumentException("Unknown " + c.getSimpleName() + " " + tree);
    }
    if (c.isRecord()) {
      if (!(tree instanceof Map<?, ?> map)) {
        throw new IllegalArgumentException("Expected an object for " + c.getSimpleName());
      }
      RecordComponent[] components = c.getRecordComponents();
      Class<?>[] types = new Class<?>[components.length];
      Object[] args = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        args[i] = read(map.get(components[i].getName()), components[i].getGenericType());
      }
      try {
        Constructor<?> ctor = c.getDeclaredConstructor(types);
        return ctor.newInstance(args);
      } catch (ReflectiveOperationException e) {
        Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
        throw new IllegalArgumentException(
            "Cannot build " + c.getSimpleName() + ": " + cause.getMessage(), cause);
      }
    }
    throw new IllegalArgumentException("Cannot read " + c + " from JSON");
  }
}

package dev.cairn.bench.guard;

import dev.cairn.runtime.guard.DdlGuard;
import dev.cairn.runtime.guard.GuardOptions;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Set;

/**
 * The alternative the guard did not take, kept for comparison only: the same interception with
 * {@link java.lang.reflect.Proxy} instead of hand-written delegates. Wraps a connection, its
 * statements and their result sets, checking SQL with a {@link DdlGuard}.
 */
final class ProxyGuard {
  private static final Set<String> CHECKED =
      Set.of(
          "execute",
          "executeQuery",
          "executeUpdate",
          "executeLargeUpdate",
          "addBatch",
          "prepareStatement",
          "prepareCall",
          "nativeSQL");

  private ProxyGuard() {}

  static Connection wrap(Connection connection) {
    DdlGuard guard = DdlGuard.create(GuardOptions.defaults());
    return proxy(Connection.class, connection, guard);
  }

  private static <T> T proxy(Class<T> type, T target, DdlGuard guard) {
    InvocationHandler handler =
        (proxy, method, args) -> {
          if (args != null
              && args.length > 0
              && args[0] instanceof String sql
              && CHECKED.contains(method.getName())) {
            guard.check(sql);
          }
          Object result = invoke(method, target, args);
          return wrapResult(method, result, guard);
        };
    return type.cast(
        Proxy.newProxyInstance(ProxyGuard.class.getClassLoader(), new Class<?>[] {type}, handler));
  }

  private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static Object wrapResult(Method method, Object result, DdlGuard guard) {
    if (result instanceof PreparedStatement ps
        && method.getReturnType() == PreparedStatement.class) {
      return proxy(PreparedStatement.class, ps, guard);
    }
    if (result instanceof Statement st && method.getReturnType() == Statement.class) {
      return proxy(Statement.class, st, guard);
    }
    if (result instanceof ResultSet rs && method.getReturnType() == ResultSet.class) {
      return proxy(ResultSet.class, rs, guard);
    }
    return result;
  }
}

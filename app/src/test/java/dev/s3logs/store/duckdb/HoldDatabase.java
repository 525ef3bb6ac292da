package dev.s3logs.store.duckdb;

import java.sql.Connection;
import java.sql.DriverManager;

/** Holds a DuckDB file open in a process of its own until its standard input closes. */
public final class HoldDatabase {

  private HoldDatabase() {
  }

  public static void main(String[] args) throws Exception {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + args[0])) {
      System.out.println("held");
      System.out.flush();
      System.in.read();
    }
  }
}

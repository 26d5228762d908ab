package se.esfkg.cli;
public class EsfKg { public static void main(String[] a) { System.out.println("esf-kg"); } }

package se.esfkg.problem;

/** How bad a problem is: a warning keeps the page, an error drops the page, fatal stops the run. */
public enum Severity {
    WARNING, ERROR, FATAL
}

# Runs every sparql-examples/*.rq query against an esf-kg endpoint from R, SPARQL over HTTP with
# CSV results, each answer read into a data frame. Base R only. Not run in CI.
#
#   Rscript scripts/query.R [ENDPOINT]      default http://localhost:3030/esf/sparql
args <- commandArgs(trailingOnly = TRUE)
endpoint <- if (length(args) > 0) args[1] else "http://localhost:3030/esf/sparql"

run_query <- function(file) {
  query <- paste(readLines(file, encoding = "UTF-8", warn = FALSE), collapse = "\n")
  url <- paste0(endpoint, "?query=", URLencode(query, reserved = TRUE))
  # read.csv opens and closes the connection itself.
  read.csv(url(url, headers = c(Accept = "text/csv"), encoding = "UTF-8"), stringsAsFactors = FALSE)
}

for (file in sort(Sys.glob("sparql-examples/*.rq"))) {
  answer <- run_query(file)
  cat("==", file, ":", nrow(answer), "rows\n")
  print(head(answer))
}

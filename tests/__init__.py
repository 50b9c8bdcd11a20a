"""peelcheck's tests. A regular package, so that no installed distribution's top-level
`tests` package (spylls ships one) shadows it."""

import ArgumentParser

// `councilkpi harvest` runs this program with its arguments: the web client (NIO, TLS, HTTP/2)
// lives here so that it does not slow the start of every `councilkpi extract`.
HarvestCommand.main()

using SegRules.Host;

// Progress bars only on a terminal: never into a log file or a pipe.
return Cli.Run(args, Console.Out, Console.Error, showProgress: !Console.IsErrorRedirected);

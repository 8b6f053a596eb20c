using System.Text;
using SegRules.Host;

// Standard output in blocks: Console.Out writes 256 bytes at a time, so a batch's JSON list or a long
// table took a system call per 256 bytes. Flushed after every write, as Console.Out is, so nothing
// printed waits (the web server's address, a progress line's result); no byte-order mark.
var encoding = Console.OutputEncoding.CodePage == Encoding.UTF8.CodePage ? new UTF8Encoding(encoderShouldEmitUTF8Identifier: false) : Console.OutputEncoding;
using var output = TextWriter.Synchronized(new StreamWriter(Console.OpenStandardOutput(), encoding, 1 << 16) { AutoFlush = true });

// Progress bars only on a terminal: never into a log file or a pipe.
return Cli.Run(args, output, Console.Error, showProgress: !Console.IsErrorRedirected);

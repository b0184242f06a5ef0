using System.CommandLine;

namespace ContentGuard.Cli;

/// <summary>The command tree. Exit codes: 0 = no file blocked, 1 = some file's decision is block, 2 = bad usage or input.</summary>
internal static class CliApp
{
    public const int ExitOk = 0;
    public const int ExitBlocked = 1;
    public const int ExitError = 2;

    private static readonly Lazy<ContentChecker> DefaultChecker = new(() => new ContentCheckerBuilder().UseDefaults().Build());

    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, bool color = false)
    {
        var root = new RootCommand("ContentGuard: pre-publication review of Chinese text (先审后发).");
        root.Subcommands.Add(CheckCommand.Create(() => DefaultChecker.Value, stdin, stdout, stderr, color));
        EvalTypoCommand.AddTo(root, stdout, stderr);
        TrainNgramCommand.AddTo(root, stdout);
        var config = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        try
        {
            var parse = root.Parse(args);
            if (parse.Errors.Count > 0)
            {
                foreach (var error in parse.Errors)
                {
                    stderr.WriteLine($"contentguard: {error.Message}");
                }

                stderr.WriteLine("Run 'contentguard --help' for usage.");
                return ExitError;
            }

            return parse.Invoke(config);
        }
        catch (CliException e)
        {
            stderr.WriteLine($"contentguard: {e.Message}");
            return ExitError;
        }
    }
}

/// <summary>A usage or input error, reported on stderr with exit code 2.</summary>
internal sealed class CliException(string message) : Exception(message);

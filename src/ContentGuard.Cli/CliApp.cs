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
        Group(root, "train", "Train the models the package ships.").Subcommands.Add(TrainClassifierCommand.Create(stdout));
        Group(root, "eval", "Evaluate detectors on labelled data.").Subcommands.Add(EvalClassifierCommand.Create(stdout));
        Group(root, "eval", "Evaluate detectors on labelled data.").Subcommands.Add(EvalPrivacyCommand.Create(() => DefaultChecker.Value, stdout));
        Group(root, "eval", "Evaluate detectors on labelled data.").Subcommands.Add(EvalLexiconCommand.Create(stdout));
        Group(root, "eval", "Evaluate detectors on labelled data.").Subcommands.Add(EvalTypoCommand.Create(stdout, stderr));
        Group(root, "train", "Train the models the package ships.").Subcommands.Add(TrainNgramCommand.Create(stdout));
        Group(root, "train", "Train the models the package ships.").Subcommands.Add(TrainTypoCommand.Create(stdout));
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

    /// <summary>The subcommand group <paramref name="name"/> (e.g. <c>eval</c>), created on first use.</summary>
    private static Command Group(RootCommand root, string name, string description)
    {
        var existing = root.Subcommands.FirstOrDefault(c => c.Name == name);
        if (existing is not null)
        {
            return existing;
        }

        var group = new Command(name, description);
        root.Subcommands.Add(group);
        return group;
    }
}

/// <summary>A usage or input error, reported on stderr with exit code 2.</summary>
internal sealed class CliException(string message) : Exception(message);

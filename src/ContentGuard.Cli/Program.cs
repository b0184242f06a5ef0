namespace ContentGuard.Cli;

internal static class Program
{
    public static int Main(string[] args)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        var color = !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        return CliApp.Run(args, Console.In, Console.Out, Console.Error, color);
    }
}

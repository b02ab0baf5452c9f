using BenchmarkDotNet.Running;

namespace ArticleGen.Benchmarks;

/// <summary>
/// Entry point. Examples:
/// <code>
/// dotnet run -c Release --project tests/ArticleGen.Benchmarks -- --filter '*'
/// dotnet run -c Release --project tests/ArticleGen.Benchmarks -- --filter '*Parse*' --job short
/// dotnet run -c Release --project tests/ArticleGen.Benchmarks -- --check     (setup + equality checks only, no timing)
/// </code>
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 1 && args[0] == "--check")
        {
            return SetupCheck.RunAll();
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}

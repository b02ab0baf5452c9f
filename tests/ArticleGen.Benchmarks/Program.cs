using BenchmarkDotNet.Running;

namespace ArticleGen.Benchmarks;

/// <summary>
/// Entry point. Examples:
/// <code>
/// dotnet run -c Release --project tests/ArticleGen.Benchmarks -- --filter '*'
/// dotnet run -c Release --project tests/ArticleGen.Benchmarks -- --filter '*Parse*' --job short
/// dotnet run -c Release --project tests/ArticleGen.Benchmarks -- --check     (setup + equality checks only, no timing)
/// dotnet run -c Release --project tests/ArticleGen.Benchmarks -- --inputs      (the Yonhap inputs' sizes)
/// dotnet run -c Release --project tests/ArticleGen.Benchmarks -- --feed-memory (peak memory reading a 100 MB feed file)
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

        if (args.Length == 1 && args[0] == "--inputs")
        {
            foreach (StorySize size in Enum.GetValues<StorySize>())
            {
                var (story, input) = StoryInputs.Yonhap(size);
                Console.WriteLine($"{size}: {input.Utf8.Length:N0} bytes, {input.Text.Length:N0} chars, {story.Body.Count} paragraphs");
            }

            return 0;
        }

        if (args.Length == 1 && args[0] == "--feed-memory")
        {
            return FeedInputs.MeasureMemory();
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}

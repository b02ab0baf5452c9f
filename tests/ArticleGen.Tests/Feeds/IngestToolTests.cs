using WireIngest;

namespace ArticleGen.Tests.Feeds;

/// <summary>The ingest tool's core on the sample feeds it ships: every story read, and each broken one reported where it is.</summary>
public class IngestToolTests
{
    private static string SampleFeeds()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            string candidate = Path.Combine(directory.FullName, "samples", "WireIngest", "Feeds");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("samples/WireIngest/Feeds not found above " + AppContext.BaseDirectory);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Sample_feeds_read_with_their_three_deliberate_failures(int cores)
    {
        string root = SampleFeeds();
        var files = Ingest.FindFiles([root], null);
        var json = new MemoryStream();
        IngestReport report = Ingest.Run(files, cores, json, new IngestProgress(), file => Path.GetRelativePath(root, file).Replace('\\', '/'));

        Assert.Equal(8, report.Files);
        Assert.Equal(16, report.Stories);
        Assert.Equal(
            [
                "agency/agency-2024-07-15.txt:3:19:69",
                "ap/ap-wire-2024-06-04.txt:2:13:6",
                "sgml/archive-2024-07.sgml:2:15:7",
            ],
            report.Failures.Select(f => $"{f.File}:{f.Story}:{f.Line}:{f.Column}"));

        string[] lines = System.Text.Encoding.UTF8.GetString(json.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(16, lines.Length);
        Assert.Contains(lines, l => l.Contains("\"file\":\"sgml/archive-2024-07.sgml\",\"story\":3,\"layout\":\"sgml\",\"record\":{\"docNo\":\"WIRE-2024-07-0003\"", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("\"headline\":\"Bakers in Lyon compete to make the longest baguette\"", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_outside_a_layout_folder_needs_a_layout()
    {
        string path = Path.GetTempFileName();
        try
        {
            Assert.Throws<ArgumentException>(() => Ingest.FindFiles([path], null));
            Assert.Single(Ingest.FindFiles([path], IngestLayouts.Find("ap")));
        }
        finally
        {
            File.Delete(path);
        }
    }
}

using System.Runtime.CompilerServices;

namespace ArticleGen.Generator.Tests;

/// <summary>
/// The generated code of representative layouts, compared with the committed Snapshots/*.verified.cs files.
/// Those files are what users read to see what ArticleGen writes for them. Accept changes with
/// ARTICLEGEN_ACCEPT=1 (see Snapshot.cs).
/// </summary>
public class SnapshotTests
{
    [Fact]
    public void Yonhap() => VerifyGenerated(TestSources.Yonhap, ["Wire.Dateline.ArticleLayout.g.cs", "Wire.YonhapStory.ArticleLayout.g.cs"]);

    [Fact]
    public void Ap() => VerifyGenerated(TestSources.Ap, ["ApStory.ArticleLayout.g.cs"]);

    [Fact]
    public void Feed() => VerifyGenerated(TestSources.Feed, ["FeedStory.ArticleLayout.g.cs"]);

    [Fact]
    public void Envelope() => VerifyGenerated(TestSources.Envelope, ["Envelope.ArticleLayout.g.cs"]);

    [Fact]
    public void CrlfFeedItem() => VerifyGenerated(TestSources.CrlfFeedItem, ["CrlfFeedItem.ArticleLayout.g.cs"]);

    [Fact]
    public void TaggedItem() => VerifyGenerated(TestSources.TaggedItem, ["TaggedItem.ArticleLayout.g.cs"]);

    [Fact]
    public void Variants() => VerifyGenerated(TestSources.Variants, ["Brief.ArticleLayout.g.cs", "FeedItem.ArticleLayout.g.cs", "FreeText.ArticleLayout.g.cs", "FullStory.ArticleLayout.g.cs", "WireFeed.ArticleLayout.g.cs"]);

    [Fact]
    public void EveryMemberType() => VerifyGenerated(TestSources.EveryType, ["Samples.Types.EveryType.ArticleLayout.g.cs"]);

    [Fact]
    public void Utf8Members() => VerifyGenerated(TestSources.Utf8Members, ["Wire.Bytes.RawDateline.ArticleLayout.g.cs", "Wire.Bytes.RawStory.ArticleLayout.g.cs"]);

    [Fact]
    public void NestedInPartialClass() => VerifyGenerated(TestSources.Nested, ["Newsroom.Wire.Desk+Slug.ArticleLayout.g.cs"]);

    [Fact]
    public void SnapshotHelperFailsOnMismatchAndWritesReceived()
    {
        if (Snapshot.Accepting)
        {
            return;
        }

        string directory = Path.Combine(Path.GetTempPath(), "articlegen-snapshot-" + Guid.NewGuid().ToString("N"));
        string caller = Path.Combine(directory, "Caller.cs");
        Directory.CreateDirectory(Path.Combine(directory, "Snapshots"));
        try
        {
            File.WriteAllText(Path.Combine(directory, "Snapshots", "Case.verified.cs"), "line 1\r\nline 2\n");
            Snapshot.Verify("line 1\nline 2\n", caller, "Case");
            Assert.False(File.Exists(Path.Combine(directory, "Snapshots", "Case.received.cs")));

            var failure = Assert.ThrowsAny<Exception>(() => Snapshot.Verify("line 1\nline two\n", caller, "Case"));
            Assert.Contains("line 2", failure.Message, StringComparison.Ordinal);
            Assert.Contains("line two", failure.Message, StringComparison.Ordinal);
            Assert.Equal("line 1\nline two\n", File.ReadAllText(Path.Combine(directory, "Snapshots", "Case.received.cs")));

            Assert.ThrowsAny<Exception>(() => Snapshot.Verify("anything", caller, "Missing"));
            Assert.True(File.Exists(Path.Combine(directory, "Snapshots", "Missing.received.cs")));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>
    /// Runs the generator on <paramref name="source"/>, checks that it reports nothing, that exactly
    /// <paramref name="expectedFiles"/> are generated and that the result compiles without errors or warnings,
    /// then snapshots each file as Snapshots/{test}#{hint name without .cs}.verified.cs
    /// (Verify.SourceGenerators' naming).
    /// </summary>
    private static void VerifyGenerated(string source, string[] expectedFiles, [CallerFilePath] string callerPath = "", [CallerMemberName] string testName = "")
    {
        GeneratorRun run = GeneratorHarness.Run(source);

        Assert.Null(run.Single.Exception);
        Assert.True(run.GeneratorDiagnostics.IsEmpty, GeneratorHarness.Describe(run.GeneratorDiagnostics));
        Assert.Equal(expectedFiles.Order(StringComparer.Ordinal), run.Sources.Select(s => s.HintName).Order(StringComparer.Ordinal));
        Assert.True(run.OutputProblems.Count == 0, "The generated code does not compile cleanly:" + Environment.NewLine + GeneratorHarness.Describe(run.OutputProblems));

        foreach ((string hintName, string text) in run.Sources)
        {
            string name = nameof(SnapshotTests) + "." + testName + "#" + hintName[..^".cs".Length];
            Snapshot.Verify(text, callerPath, name);
        }
    }
}

using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ArticleGen;
using WireStories;

namespace WireIngest;

// An SGML-style archive story: one <DOC> element per story, after a DOCTYPE line at the top of the file.
// Its last line, </DOC>, is literal, so a feed of these needs no separator; its first line, <DOC>, also
// splits a story whose </DOC> is missing from the next one.
[ArticleLayout("""
    <DOC>
    <DOCNO>{DocNo}</DOCNO>
    <DATE>{Date:yyyy-MM-dd}</DATE>
    <HEADLINE>{Headline}</HEADLINE>
    <TEXT>
    {Paragraphs...}
    </TEXT>
    </DOC>
    """)]
public partial record SgmlStory(string DocNo, DateOnly Date, string Headline, IReadOnlyList<string> Paragraphs);

/// <summary>A layout the tool can ingest: its feed, how its files are split, and how a story becomes JSON.</summary>
public interface IIngestLayout
{
    string Name { get; }

    string Description { get; }

    /// <summary>Reads one file as a feed, skipping bad stories; each story and failure goes to <paramref name="sink"/>.</summary>
    void ReadFile(Stream file, FileSink sink);
}

/// <summary>One layout, with the feed options its files use.</summary>
public sealed class IngestLayout<T>(string name, string description, ArticleFeed<T> feed, FeedOptions options, JsonTypeInfo<T> json) : IIngestLayout
    where T : class
{
    public string Name => name;

    public string Description => description;

    public void ReadFile(Stream file, FileSink sink)
    {
        var perFile = new FeedOptions
        {
            Separator = options.Separator,
            Header = options.Header,
            HeaderLines = options.HeaderLines,
            ErrorHandling = FeedErrorHandling.Skip,
            OnError = sink.Failed,
        };
        foreach (T story in feed.Read(file, perFile))
        {
            sink.Story(story, json, name);
        }
    }
}

public static class IngestLayouts
{
    public static readonly IReadOnlyList<IIngestLayout> All =
    [
        new IngestLayout<ApStory>("ap", "AP style: headline, byline, dateline, paragraphs, (END) after every story",
            ApStory.ArticleFeed, new FeedOptions(), IngestJson.Default.ApStory),
        new IngestLayout<YonhapStory>("yonhap", "Yonhap plain-text export; stories four or more blank lines apart",
            YonhapStory.ArticleFeed, new FeedOptions { Separator = FeedSeparator.BlankLines(4) }, IngestJson.Default.YonhapStory),
        new IngestLayout<SgmlStory>("sgml", "SGML archive: a DOCTYPE line, then <DOC>...</DOC> stories",
            SgmlStory.ArticleFeed, new FeedOptions { HeaderLines = 1 }, IngestJson.Default.SgmlStory),
        new IngestLayout<FeedStory>("agency", "agency feed: CRLF, hard-wrapped indented paragraphs, ETX (U+0003) after every story",
            FeedStory.ArticleFeed, new FeedOptions { Separator = FeedSeparator.ControlCharacter('\u0003') }, IngestJson.Default.FeedStory),
    ];

    public static IIngestLayout? Find(string name) => All.FirstOrDefault(l => string.Equals(l.Name, name, StringComparison.OrdinalIgnoreCase));
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ApStory))]
[JsonSerializable(typeof(YonhapStory))]
[JsonSerializable(typeof(SgmlStory))]
[JsonSerializable(typeof(FeedStory))]
internal sealed partial class IngestJson : JsonSerializerContext;

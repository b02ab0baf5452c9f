using System.Text;
using ArticleGen;

// Reads a story through the packaged generator and runtime, writes it back, and fails loudly otherwise.
const string Story =
    "Harbor cranes idle as dockworkers vote\n" +
    "By LENA FISCHER\n" +
    "\n" +
    "HAMBURG, Germany (AP) — Dockworkers at Europe's third-busiest port began a two-day vote on Monday.\n" +
    "\n" +
    "Union leaders said turnout was high.\n" +
    "\n" +
    "(END)\n";

var story = ConsumerStory.Parse(Encoding.UTF8.GetBytes(Story));
string formatted = story.Format();
Console.WriteLine($"Headline: {story.Headline}");
Console.WriteLine($"Byline:   {story.Byline}");
Console.WriteLine($"Body:     {story.Body.Count} paragraph(s)");
bool roundTrips = formatted == Story && ConsumerStory.Parse(formatted) == story;
Console.WriteLine(roundTrips ? "package consumer: round-trip OK" : "package consumer: round-trip FAILED");

bool reportsErrors;
try
{
    ConsumerStory.Parse(Story.Replace("By ", "From "));
    reportsErrors = false;
}
catch (ArticleFormatException error)
{
    Console.WriteLine($"error as expected: {error.Message.Split('\n')[0]}");
    reportsErrors = error.Line == 1;
}

// A feed of two stories through the packaged feed API (System.IO.Pipelines and friends come with the package).
var feed = ConsumerStory.ReadFeed(Story + Story).ToList();
var written = new MemoryStream();
ConsumerStory.WriteFeed(written, feed);
bool readsFeeds = feed.Count == 2 && Encoding.UTF8.GetString(written.ToArray()) == Story + Story;
Console.WriteLine(readsFeeds ? "package consumer: feed OK" : "package consumer: feed FAILED");

return roundTrips && reportsErrors && readsFeeds ? 0 : 1;

[ArticleLayout("""
    {Headline}
    By {Byline}

    {Dateline} (AP) — {Lead}

    {Body...}

    (END)
    """)]
public partial record ConsumerStory(string Headline, string Byline, string Dateline, string Lead, IReadOnlyList<string> Body);

using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
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

bool printsOneWay = story.ToString() == formatted && $"{story}" == formatted;
Console.WriteLine(printsOneWay ? "ToString and interpolation print the article" : "ToString/interpolation differ from Format()");

// The package's symbols: an embedded portable PDB whose SourceLink points at the repository; in a CI build
// (CI=true) its source paths are mapped to /_/ so that the build does not depend on where it ran.
string? symbols = SymbolsProblem(typeof(ArticleLayoutAttribute).Assembly.Location, Environment.GetEnvironmentVariable("CI") == "true");
Console.WriteLine(symbols is null ? "symbols: embedded PDB with SourceLink" : "symbols: " + symbols);

// A feed of two stories through the packaged feed API (System.IO.Pipelines and friends come with the package).
var feed = ConsumerStory.ReadFeed(Story + Story).ToList();
var written = new MemoryStream();
ConsumerStory.WriteFeed(written, feed);
bool readsFeeds = feed.Count == 2 && Encoding.UTF8.GetString(written.ToArray()) == Story + Story;
Console.WriteLine(readsFeeds ? "package consumer: feed OK" : "package consumer: feed FAILED");

return roundTrips && reportsErrors && printsOneWay && readsFeeds && symbols is null ? 0 : 1;

static string? SymbolsProblem(string assembly, bool ci)
{
    using var pe = new PEReader(File.OpenRead(assembly));
    DebugDirectoryEntry entry = pe.ReadDebugDirectory().FirstOrDefault(e => e.Type == DebugDirectoryEntryType.EmbeddedPortablePdb);
    if (entry.DataSize == 0)
    {
        return "no embedded PDB in " + assembly;
    }

    using MetadataReaderProvider provider = pe.ReadEmbeddedPortablePdbDebugDirectoryData(entry);
    MetadataReader pdb = provider.GetMetadataReader();
    var sourceLinkKind = new Guid("CC110556-A091-4D38-9FEC-25AB9A351A6A");
    string? sourceLink = pdb.CustomDebugInformation
        .Select(pdb.GetCustomDebugInformation)
        .Where(info => pdb.GetGuid(info.Kind) == sourceLinkKind)
        .Select(info => Encoding.UTF8.GetString(pdb.GetBlobBytes(info.Value)))
        .FirstOrDefault();
    List<string> documents = pdb.Documents.Select(d => pdb.GetString(pdb.GetDocument(d).Name)).ToList();
    if (documents.Count == 0)
    {
        return "the PDB lists no source documents";
    }

    if (!ci)
    {
        return null;
    }

    if (sourceLink is null || !sourceLink.Contains("https://raw.githubusercontent.com/ArticleGen/ArticleGen/", StringComparison.Ordinal))
    {
        return "no SourceLink to the repository: " + (sourceLink ?? "(none)");
    }

    string? unmapped = documents.FirstOrDefault(d => !d.StartsWith("/_/", StringComparison.Ordinal));
    return unmapped is null ? null : "a source path is not mapped to /_/: " + unmapped;
}

[ArticleLayout("""
    {Headline}
    By {Byline}

    {Dateline} (AP) — {Lead}

    {Body...}

    (END)
    """)]
public partial record ConsumerStory(string Headline, string Byline, string Dateline, string Lead, IReadOnlyList<string> Body);

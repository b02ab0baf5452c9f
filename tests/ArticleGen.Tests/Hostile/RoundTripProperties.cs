using System.Diagnostics;
using ArticleGen.Tests.Constructs;
using CsCheck;
using Xunit.Abstractions;

namespace ArticleGen.Tests.Hostile;

/// <summary>
/// For random records of every layout: Format either refuses with ArgumentException or writes text that
/// T.Parse reads back equal (by every parse overload), and TryFormat (chars and UTF-8) and WriteTo write the
/// same text. Nothing else may happen. CsCheck draws the records (seed printed on failure; set the
/// CsCheck_Seed environment variable to replay it) and shrinks a failing one.
/// </summary>
public class RoundTripProperties(ITestOutputHelper output)
{
    /// <summary>Cases per layout; 16 layouts give 160,000 cases per run. ARTICLEGEN_HOSTILE_SCALE multiplies it for a deeper search.</summary>
    private static readonly int Iterations = 10_000 * HostileText.Scale;

    /// <summary>The least share of generated cases that must format, so the generators are not degenerate.</summary>
    private const double MinimumFormattedShare = 0.30;

    public static TheoryData<string> LayoutNames => new(Layouts.CreateAll().Select(p => p.Name));

    [Theory]
    [MemberData(nameof(LayoutNames))]
    public void Format_round_trips_or_refuses_with_ArgumentException(string layout)
    {
        switch (layout)
        {
            case nameof(YonhapStory): Run(Layouts.Yonhap(), HostileGens.Yonhap); break;
            case nameof(YonhapBytes): Run(Layouts.YonhapBytes(), HostileGens.YonhapBytes); break;
            case nameof(Dateline): Run(Layouts.Dateline(), HostileGens.Dateline); break;
            case nameof(ApStory): Run(Layouts.Ap(), HostileGens.Ap); break;
            case nameof(FeedStory): Run(Layouts.Feed(), HostileGens.Feed); break;
            case nameof(Constructs.Byline): Run(Layouts.Byline(), HostileGens.Byline); break;
            case nameof(Constructs.Slugline): Run(Layouts.Slugline(), HostileGens.Slugline); break;
            case nameof(Constructs.AllTypes): Run(Layouts.AllTypes(), HostileGens.AllTypes); break;
            case nameof(Constructs.TagLines): Run(Layouts.TagLines(), HostileGens.TagLines); break;
            case nameof(Constructs.Corrections): Run(Layouts.Corrections(), HostileGens.Corrections); break;
            case nameof(Constructs.Lists): Run(Layouts.Lists(), HostileGens.Lists); break;
            case nameof(Constructs.Quote): Run(Layouts.Quote(), HostileGens.Quote); break;
            case nameof(Constructs.Optionals): Run(Layouts.Optionals(), HostileGens.Optionals); break;
            case nameof(Constructs.Escapes): Run(Layouts.Escapes(), HostileGens.Escapes); break;
            case nameof(Constructs.CrlfLayout): Run(Layouts.CrlfLayout(), HostileGens.Crlf); break;
            case nameof(Constructs.HardWrapped): Run(Layouts.HardWrapped(), HostileGens.HardWrapped); break;
            case nameof(Constructs.MemoryStory): Run(Layouts.MemoryStory(), HostileGens.MemoryStory); break;
            case nameof(Constructs.Envelope): Run(Layouts.Envelope(), HostileGens.Envelope); break;
            case nameof(Constructs.CrawledPage): Run(Layouts.CrawledPage(), HostileGens.CrawledPage); break;
            case nameof(Constructs.SignedStory): Run(Layouts.SignedStory(), HostileGens.SignedStory); break;
            case nameof(Constructs.EditorNotes): Run(Layouts.EditorNotes(), HostileGens.EditorNotes); break;
            case nameof(Constructs.TaggedItem): Run(Layouts.TaggedItem(), HostileGens.TaggedItem); break;
            case nameof(Constructs.SgmlTags): Run(Layouts.SgmlTags(), HostileGens.SgmlTags); break;
            case nameof(Constructs.FeedItem): Run(Layouts.FeedItem(), HostileGens.FeedItem); break;
            case nameof(Constructs.WireFeed): Run(Layouts.WireFeed(), HostileGens.WireFeed); break;
            case nameof(Constructs.FrontPage): Run(Layouts.FrontPage(), HostileGens.FrontPage); break;
            default: throw new ArgumentException("no generator for " + layout, nameof(layout));
        }
    }

    [Fact]
    public void Null_and_half_set_members_are_refused_with_ArgumentException()
    {
        YonhapStory story = YonhapStory.Parse(Stories.YonhapWithPhoto);
        Lists lists = Lists.Parse("scores\n1\n\nquotes\n> a: b\n\nkeywords\nk\n");
        object[] records =
        [
            story with { Dateline = null! },
            story with { Lead = null! },
            story with { Body = null! },
            story with { Body = ["a", null!] },
            story with { Dateline = story.Dateline with { City = null! } },
            lists with { Keywords = default },
            lists with { Keywords = ["a", null!] },
            lists with { Quotes = [null!] },
            lists with { Scores = null! },
            new Corrections(null!),
            new Corrections(["a", null!]),
            new TagLines(null!, "note"),
            new MemoryStory("t".AsMemory(), null!),
            new Optionals { Headline = "h", Text = "t", Updated = null, Editor = "an editor without the group around it" },
            new Optionals { Headline = null!, Text = "t" },
        ];

        var probes = Layouts.CreateAll().ToDictionary(p => p.Name);
        foreach (object record in records)
        {
            // CheckRecord fails on anything but a refusal with ArgumentException or an equal read-back.
            if (probes[record.GetType().Name].CheckRecord(record))
            {
                Assert.Fail("not refused: " + HostileText.Describe(record));
            }
        }
    }

    private void Run<T>(LayoutProbe<T> probe, Gen<T> gen)
        where T : class
    {
        var clock = Stopwatch.StartNew();
        try
        {
            gen.Sample(
                record => { probe.CheckRecord(record); },
                iter: Iterations,
                print: record => HostileText.Describe(record));
        }
        catch (CsCheckException e) when (e.InnerException is not null)
        {
            // Put what broke next to the shrunk record CsCheck reports.
            throw new Xunit.Sdk.XunitException(e.Message + "\n" + e.InnerException.GetType().Name + ": " + e.InnerException.Message);
        }
        clock.Stop();

        LayoutCounts counts = probe.Counts;
        long cases = counts.Formatted + counts.Refused;
        double share = (double)counts.Formatted / cases;
        output.WriteLine($"{probe.Name}: {cases} cases in {clock.ElapsedMilliseconds} ms, {counts.Formatted} formatted and read back ({share:P0}), {counts.Refused} refused with ArgumentException");

        // CsCheck runs exactly the iterations asked for when nothing fails.
        Assert.Equal(Iterations, cases);
        Assert.True(share >= MinimumFormattedShare, $"{probe.Name}: only {share:P1} of the generated records format; the generator is degenerate.");
        Assert.True(counts.Refused > 0, $"{probe.Name}: no generated record was refused; the generator is too tame to test refusals.");
    }
}

using ArticleGen.Runtime;
using ArticleGen.Tests.Constructs;
using CsCheck;
using Xunit.Abstractions;

namespace ArticleGen.Tests.Hostile;

/// <summary>
/// The formatters decide "would it read back the same" value by value with quick checks, and read the whole
/// output back only where a check cannot decide. For random records of every layout, built from the layouts'
/// own punctuation (HostileGens), formatting with the quick checks must give exactly what the exact re-scan
/// alone gives: the same text (Format, TryFormat to UTF-8, WriteTo) or the same refusal. A quick check that
/// accepted a value the re-scan refuses shows here as text where the re-scan says "refused".
/// </summary>
public class QuickCheckProperties(ITestOutputHelper output)
{
    private static readonly int Iterations = 4_000 * HostileText.Scale;

    public static TheoryData<string> LayoutNames => RoundTripProperties.LayoutNames;

    [Theory]
    [MemberData(nameof(LayoutNames))]
    public void Quick_checks_decide_as_the_exact_re_scan_does(string layout)
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
            // Its body list ends before the sign-off with one item of look-ahead: only the re-scan decides there.
            case nameof(Constructs.SignedStory): Run(Layouts.SignedStory(), HostileGens.SignedStory, quickChecksDecide: false); break;
            case nameof(Constructs.EditorNotes): Run(Layouts.EditorNotes(), HostileGens.EditorNotes); break;
            case nameof(Constructs.TaggedItem): Run(Layouts.TaggedItem(), HostileGens.TaggedItem); break;
            case nameof(Constructs.SgmlTags): Run(Layouts.SgmlTags(), HostileGens.SgmlTags); break;
            case nameof(Constructs.FeedItem): Run(Layouts.FeedItem(), HostileGens.FeedItem); break;
            case nameof(Constructs.WireFeed): Run(Layouts.WireFeed(), HostileGens.WireFeed); break;
            case nameof(Constructs.FrontPage): Run(Layouts.FrontPage(), HostileGens.FrontPage); break;
            default: throw new ArgumentException("no generator for " + layout, nameof(layout));
        }
    }

    /// <summary>
    /// A layout where a value can continue the literal a reader tests just before it: with the optional part
    /// written and Tag starting with "+", the reader sees " ++" (the part is absent) where " +" was written.
    /// Only the quick check's rule on a value's first character catches that; HostileGens has no "+".
    /// </summary>
    [Fact]
    public void Quick_checks_decide_as_the_exact_re_scan_does_where_a_value_continues_a_literal()
    {
        Gen<string> text = Gen.OneOf(Gen.Const("+"), Gen.Const("++"), Gen.Const(" +"), Gen.Const(" ++"), Gen.Const(" "), Gen.Const("x"), Gen.Const("h"), Gen.Const("\n"))
            .Array[0, 4].Select(parts => string.Concat(parts));
        Gen<Continued> gen = Gen.Select(text, text.Null(0.3), text, (head, tag, rest) => new Continued(head, tag, rest));
        Run(
            new LayoutProbe<Continued>(
                nameof(Continued), false, true, Continued.TryParse, Continued.TryParse, Continued.TryParse, Continued.Parse, Continued.Parse, Continued.Parse,
                x => x.Format(), (Continued x, Span<char> d, out int n) => x.TryFormat(d, out n), (Continued x, Span<byte> d, out int n) => x.TryFormat(d, out n), (x, w) => x.WriteTo(w)),
            gen);
    }

    /// <summary>
    /// A literal that starts with a non-ASCII character right after a value: on UTF-8 output the quick check stops
    /// at its lead byte (E2), which the en dash and the ellipsis share with the em dash, and compares the bytes.
    /// </summary>
    [Fact]
    public void Quick_checks_decide_as_the_exact_re_scan_does_where_a_literal_starts_with_a_non_ascii_character()
    {
        Gen<string> text = Gen.OneOf(Gen.Const("\u2014"), Gen.Const("\u2013"), Gen.Const("\u2026"), Gen.Const("\u2014 "), Gen.Const("\uC11C\uC6B8"), Gen.Const("x"), Gen.Const(" "), Gen.Const("\n"))
            .Array[0, 4].Select(parts => string.Concat(parts));
        Gen<Dashed> gen = Gen.Select(text, text, (head, tail) => new Dashed(head, tail));
        Run(
            new LayoutProbe<Dashed>(
                nameof(Dashed), false, true, Dashed.TryParse, Dashed.TryParse, Dashed.TryParse, Dashed.Parse, Dashed.Parse, Dashed.Parse,
                x => x.Format(), (Dashed x, Span<char> d, out int n) => x.TryFormat(d, out n), (Dashed x, Span<byte> d, out int n) => x.TryFormat(d, out n), (x, w) => x.WriteTo(w)),
            gen);
    }

    private void Run<T>(LayoutProbe<T> probe, Gen<T> gen, bool quickChecksDecide = true)
        where T : class
    {
        long cases = 0;
        long quick = 0;
        long refused = 0;
        try
        {
            gen.Sample(
                record =>
                {
                    FormatCheckProbe checks = FormatCheckProbe.Current ??= new FormatCheckProbe();
                    checks.ExactOnly = true;
                    string exact = probe.RecordOutcome(record);
                    checks.ExactOnly = false;
                    long before = checks.DecidedQuickly;
                    string withQuickChecks = probe.RecordOutcome(record);
                    Interlocked.Increment(ref cases);
                    if (checks.DecidedQuickly > before)
                    {
                        Interlocked.Increment(ref quick);
                    }

                    if (exact.StartsWith("refused", StringComparison.Ordinal))
                    {
                        Interlocked.Increment(ref refused);
                    }

                    if (exact != withQuickChecks)
                    {
                        throw new HostileCheckException($"the exact re-scan gives\n{exact}\nbut with the quick checks\n{withQuickChecks}");
                    }
                },
                iter: Iterations,
                print: record => HostileText.Describe(record));
        }
        catch (CsCheckException e) when (e.InnerException is not null)
        {
            throw new Xunit.Sdk.XunitException(e.Message + "\n" + e.InnerException.GetType().Name + ": " + e.InnerException.Message);
        }

        output.WriteLine($"{probe.Name}: {cases} cases, {quick} decided by the quick checks alone, {refused} refused");
        Assert.Equal(Iterations, cases);

        // Not degenerate: the quick checks do decide a share of the cases, and some cases are refused.
        Assert.True(quick > 0 || !quickChecksDecide, $"{probe.Name}: the quick checks decided no case; the property compares nothing.");
        Assert.True(refused > 0, $"{probe.Name}: no case was refused; the generator is too tame.");
    }
}

/// <summary>A value ended by a literal that starts with a non-ASCII character.</summary>
[ArticleLayout("{Head}\u2014{Tail}")]
public partial record Dashed(string Head, string Tail);

/// <summary>An optional part whose leader (" +") starts the literal after it (" ++").</summary>
[ArticleLayout("{Head}[ +{Tag}] ++{Rest}")]
public partial record Continued(string Head, string? Tag, string Rest);

using Microsoft.CodeAnalysis.Text;

namespace ArticleGen.Generator.Tests;

/// <summary>
/// Source text with one span marked as <c>[|...|]</c>, as in Roslyn's own tests. The markers are removed and the
/// span they enclosed is remembered. After a <c>[|</c> the first <c>|]</c> closes the span, so a marked span may
/// itself hold a bracket: <c>{Title}[|]|]</c> marks the stray <c>]</c> of <c>{Title}]</c>.
/// </summary>
internal sealed record MarkedSource(string Source, TextSpan Span)
{
    public static MarkedSource Parse(string marked)
    {
        int open = marked.IndexOf("[|", StringComparison.Ordinal);
        Assert.True(open >= 0, "No [| marker in the test source.");
        int close = marked.IndexOf("|]", open + 2, StringComparison.Ordinal);
        Assert.True(close >= 0, "No |] marker after [| in the test source.");
        string source = marked[..open] + marked[(open + 2)..close] + marked[(close + 2)..];
        Assert.True(source.IndexOf("[|", StringComparison.Ordinal) < 0 || source.IndexOf("|]", StringComparison.Ordinal) < 0, "More than one marked span.");
        return new MarkedSource(source, TextSpan.FromBounds(open, close - 2));
    }

    public string Text(TextSpan span) => span.End <= Source.Length ? Source.Substring(span.Start, span.Length) : "<out of range>";
}

using ArticleGen.Tests.Constructs;

namespace ArticleGen.Tests.Hostile;

/// <summary>
/// Bugs the hostile tests found, each kept as a regression test. The one known limit of v1 (a text ending in a
/// blank line read the same as that text with one more line break) is gone: blank lines at the very end are
/// padding, so any number of them reads the same, and Format writes one canonical form.
/// </summary>
public class KnownBugTests
{
    public static TheoryData<string, string> TextsEndingInABlankLine => new()
    {
        { nameof(YonhapStory), Stories.YonhapPlain + "\n" },
        { nameof(MemoryStory), "Title\n\nFirst.\n\nSecond.\n\n" },
        { nameof(MemoryStory), "Title\n\n" },
        { nameof(CrlfLayout), "TITLE: A title\n\n" },
        { nameof(TagLines), "TAGS\neconomy\n\n" },
    };

    [Theory]
    [MemberData(nameof(TextsEndingInABlankLine))]
    public void Trailing_blank_lines_are_padding_and_format_writes_one_canonical_text(string layout, string text)
    {
        LayoutProbe probe = Layouts.CreateAll().Single(p => p.Name == layout);

        // Outcome is "ok <hash>\n<Format()>\n<UTF-8 in hex>".
        string outcome = probe.Outcome(text);
        string canonical = FormattedText(outcome);
        Assert.Equal(outcome, probe.Outcome(text + "\n"));
        Assert.Equal(outcome, probe.Outcome(text + "\n\n\n"));
        Assert.Equal(outcome, probe.Outcome(text.TrimEnd('\n')));

        // The canonical text reads back as the same record and is its own canonical form.
        Assert.Equal(outcome, probe.Outcome(canonical));
        Assert.EndsWith("\n", canonical, StringComparison.Ordinal);
    }

    [Fact]
    public void Nested_layout_text_starting_with_U_FEFF_is_written_back()
    {
        // Found against 2178633: Format refused the whole story ("Dateline: the text would start with U+FEFF"),
        // although the character stands in the middle of the document, where no reader skips it.
        string text = Stories.YonhapPlain.Replace("SEJONG,", "\uFEFFSEJONG,", StringComparison.Ordinal);

        YonhapStory story = YonhapStory.Parse(text);

        Assert.Equal("\uFEFFSEJONG", story.Dateline.City);
        Assert.Equal(text, story.Format());

        string lists = "scores\n1\n\nquotes\n> \uFEFFKim: Hello.\n\nkeywords\nrice\n";
        Assert.Equal(lists, Lists.Parse(lists).Format());

        // At the very start of a text it is still refused: a reader would skip it as a byte order mark.
        Assert.Throws<ArgumentException>(() => new Dateline("\uFEFFSEJONG", "Nov. 2", "Yonhap").Format());
    }

    [Fact]
    public void Record_with_a_default_ImmutableArray_compares_and_hashes_without_throwing()
    {
        // Found against 2178633: Equals and GetHashCode threw InvalidOperationException ("This operation cannot be
        // performed on a default instance of ImmutableArray<T>").
        var left = new Lists([1], [], default);
        var right = new Lists([1], [], default);

        Assert.Equal(left.GetHashCode(), right.GetHashCode());
        Assert.True(left.Equals(right));
        Assert.False(left.Equals(right with { Keywords = ["k"] }));
        Assert.Throws<ArgumentNullException>(() => left.Format());
    }

    [Fact]
    public void Document_ending_in_a_lone_carriage_return_is_read_and_written_back()
    {
        // Found against 2178633: read, but Format refused it, because the final line break it always appended turned
        // the \r into a CRLF.
        string text = "TITLE: A title\n\nThe text.\r";

        CrlfLayout value = CrlfLayout.Parse(text);

        Assert.Equal("The text.\r", value.Text);
        Assert.Equal(value, CrlfLayout.Parse(value.Format()));
    }

    private static string FormattedText(string outcome)
    {
        Assert.StartsWith("ok ", outcome, StringComparison.Ordinal);
        string rest = outcome[(outcome.IndexOf('\n', StringComparison.Ordinal) + 1)..];
        return rest[..rest.LastIndexOf('\n')];
    }
}

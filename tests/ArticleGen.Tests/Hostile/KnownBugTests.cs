using ArticleGen.Tests.Constructs;

namespace ArticleGen.Tests.Hostile;

/// <summary>
/// Bugs the hostile tests found, each kept as a regression test, and the one known limit of the format, pinned
/// down as documented (README, "Known limits"); the mutation tests let exactly that case through and count it
/// ("known bugs" in their output).
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

    /// <summary>
    /// Known limit: the final line break is optional, so a text T that ends in a blank line (an empty last value)
    /// and T + "\n" read as the same record. T, the shorter, is the canonical text: it is written back byte for
    /// byte; T + "\n" reads as the same record and is written as T.
    /// </summary>
    [Theory]
    [MemberData(nameof(TextsEndingInABlankLine))]
    public void Text_ending_in_a_blank_line_is_canonical_and_one_more_line_break_reads_the_same(string layout, string text)
    {
        LayoutProbe probe = Layouts.CreateAll().Single(p => p.Name == layout);

        // Outcome is "ok <hash>\n<Format()>\n<UTF-8 in hex>".
        Assert.Equal(text, FormattedText(probe.Outcome(text)));
        Assert.Equal(text, FormattedText(probe.Outcome(text + "\n")));
        Assert.Equal(probe.Outcome(text), probe.Outcome(text + "\n"));
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

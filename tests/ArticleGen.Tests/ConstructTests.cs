using System.Collections.Immutable;
using System.Globalization;
using ArticleGen.Tests.Constructs;

namespace ArticleGen.Tests;

/// <summary>Each construct of the layout language alone, then combined; every case reads and writes back.</summary>
public class ConstructTests
{
    [Fact]
    public void Literals_and_captures_on_one_line()
    {
        Byline byline = Byline.Parse("Byline: Kim Soo-jin / Economy desk");

        Assert.Equal(new Byline("Kim Soo-jin", "Economy desk"), byline);
        Assert.Equal("Byline: Kim Soo-jin / Economy desk", byline.Format());
    }

    [Fact]
    public void A_capture_ends_at_the_first_match_of_the_literal_after_it()
    {
        // The author's name holds " /" but not " / ", so it ends at the first " / ".
        Byline byline = Byline.Parse("Byline: A /B / C / D");

        Assert.Equal("A /B", byline.Author);
        Assert.Equal("C / D", byline.Desk);
    }

    [Fact]
    public void Formats_are_used_for_output_and_exact_parsing_in_the_invariant_culture()
    {
        var slug = new Slugline(42, new DateTime(2024, 3, 5, 14, 30, 0), 1234, 0.5);

        Assert.Equal("#0042 filed 2024-03-05 14:30 (1,234 words, score 0.5)", slug.Format());
        Assert.Equal(slug, Slugline.Parse("#0042 filed 2024-03-05 14:30 (1,234 words, score 0.5)"));
    }

    [Fact]
    public void Format_refuses_a_value_its_format_would_lose()
    {
        var slug = new Slugline(1, new DateTime(2024, 3, 5, 14, 30, 59), 1, 1);

        var error = Assert.Throws<ArgumentException>(() => slug.Format());

        Assert.Equal("Filed", error.ParamName);
    }

    [Fact]
    public void Every_member_type_reads_and_writes()
    {
        const string Text = """
            long -9000000000
            decimal 12.50
            bool True
            enum Urgent
            date 2024-02-29
            time 23:59:58.25
            offset 2024-02-29T10:00:00.0000000+09:00
            guid 3f2504e0-4f89-11d3-9a0c-0305e82c3301
            memory zero copy
            byte 255
            count 7
            end

            """;

        AllTypes value = AllTypes.Parse(Text);

        Assert.Equal(-9_000_000_000L, value.Long);
        Assert.Equal(12.50m, value.Money);
        Assert.True(value.Flag);
        Assert.Equal(Priority.Urgent, value.Priority);
        Assert.Equal(new DateOnly(2024, 2, 29), value.Day);
        Assert.Equal(new TimeOnly(23, 59, 58, 250), value.Time);
        Assert.Equal(new DateTimeOffset(2024, 2, 29, 10, 0, 0, TimeSpan.FromHours(9)), value.Stamp);
        Assert.Equal(Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301"), value.Id);
        Assert.Equal("zero copy", value.Memory.ToString());
        Assert.Equal((byte)255, value.Small);
        Assert.Equal(7, value.Count);
        Assert.Equal(Text, value.Format());
        Assert.Equal(value, AllTypes.Parse(value.Format()));
    }

    [Fact]
    public void Nullable_value_member_in_a_group_is_null_when_absent()
    {
        AllTypes value = AllTypes.Parse(AllTypes.Parse(AllTypesText()).Format().Replace("count 7\n", string.Empty));

        Assert.Null(value.Count);
        Assert.DoesNotContain("count", value.Format());
    }

    [Fact]
    public void Values_are_read_in_the_invariant_culture_whatever_the_current_one()
    {
        CultureInfo saved = CultureInfo.CurrentCulture;
        try
        {
            foreach (string name in new[] { "fi-FI", "tr-TR", "ar-SA", "de-DE" })
            {
                CultureInfo.CurrentCulture = new CultureInfo(name);
                var slug = new Slugline(-7, new DateTime(2024, 3, 5, 14, 30, 0), 1234, -0.5);
                Assert.Equal("#-0007 filed 2024-03-05 14:30 (1,234 words, score -0.5)", slug.Format());
                Assert.Equal(slug, Slugline.Parse(slug.Format()));
                Assert.Equal(AllTypesText(), AllTypes.Parse(AllTypesText()).Format());
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void A_list_alone_on_its_line_repeats_the_line()
    {
        TagLines tags = TagLines.Parse("TAGS\neconomy\nrice\nfarming\n\nCompiled by the desk.\n");

        Assert.Equal(["economy", "rice", "farming"], tags.Tags);
        Assert.Equal("Compiled by the desk.", tags.Note);
        Assert.Equal("TAGS\neconomy\nrice\nfarming\n\nCompiled by the desk.\n", tags.Format());
    }

    [Fact]
    public void A_list_after_text_on_its_line_repeats_that_text_and_items_run_across_lines()
    {
        Corrections corrections = Corrections.Parse("Corrections:\n- Fixes the spelling\nof a name.\n- Corrects a date.\n-- end\n");

        Assert.Equal(["Fixes the spelling\nof a name.", "Corrects a date."], corrections.Items);
        Assert.Equal("Corrections:\n- Fixes the spelling\nof a name.\n- Corrects a date.\n-- end\n", corrections.Format());
    }

    [Fact]
    public void Lists_of_numbers_of_nested_layouts_and_immutable_arrays()
    {
        const string Text = "scores\n10\n20\n\nquotes\n> Kim: We are ready.\n> Lee: Not yet: wait.\n\nkeywords\nport\nbooks\n";

        Lists lists = Lists.Parse(Text);

        Assert.Equal([10, 20], lists.Scores);
        Assert.Equal([new Quote("Kim", "We are ready."), new Quote("Lee", "Not yet: wait.")], lists.Quotes);
        Assert.Equal(["port", "books"], lists.Keywords.ToArray());
        Assert.Equal(Text, lists.Format());
    }

    [Fact]
    public void Empty_list_is_read_when_what_follows_comes_right_away()
    {
        // With no items, the list's line is absent together with the line break before it.
        Corrections corrections = Corrections.Parse("Corrections:\n-- end\n");

        Assert.Empty(corrections.Items);
        Assert.Equal("Corrections:\n-- end\n", corrections.Format());

        // One empty item has its line: "- " and nothing after it.
        Assert.Equal([string.Empty], Corrections.Parse("Corrections:\n- \n-- end\n").Items);
        Assert.Equal("Corrections:\n- \n-- end\n", new Corrections([string.Empty]).Format());
    }

    [Theory]
    [InlineData("Quake hits coast\n\nText.\n", null, null, null)]
    [InlineData("Quake hits coast\nNo damage reported\n\nText.\n", "No damage reported", null, null)]
    [InlineData("Quake hits coast | updated 10:40.\n\nText.\n", null, "10:40", null)]
    [InlineData("Quake hits coast\nNo damage | updated 10:40 by Park.\n\nText.\n", "No damage", "10:40", "Park")]
    public void Optional_groups_alone_and_nested(string text, string? subhead, string? updated, string? editor)
    {
        Optionals value = Optionals.Parse(text);

        Assert.Equal("Quake hits coast", value.Headline);
        Assert.Equal(subhead, value.Subhead);
        Assert.Equal(updated, value.Updated);
        Assert.Equal(editor, value.Editor);
        Assert.Equal("Text.", value.Text);
        Assert.Equal(text, value.Format());
    }

    [Fact]
    public void Optional_group_is_written_whole_or_not_at_all()
    {
        var value = new Optionals { Headline = "H", Text = "T", Editor = "Park" };

        var error = Assert.Throws<ArgumentException>(() => value.Format());

        Assert.Equal("Updated", error.ParamName);
    }

    [Fact]
    public void Escaped_braces_and_brackets_are_literal_text()
    {
        Escapes value = Escapes.Parse("{code} [A-7] {Kim}");

        Assert.Equal(new Escapes("A-7", "Kim"), value);
        Assert.Equal("{code} [A-7] {Kim}", value.Format());
    }

    [Fact]
    public void Layout_written_with_crlf_reads_lf_and_crlf_text()
    {
        Assert.Equal(new CrlfLayout("Flood", "Water rose."), CrlfLayout.Parse("TITLE: Flood\n\nWater rose.\n"));
        Assert.Equal(new CrlfLayout("Flood", "Water rose."), CrlfLayout.Parse("TITLE: Flood\r\n\r\nWater rose.\r\n"));
        Assert.Equal("TITLE: Flood\n\nWater rose.\n", new CrlfLayout("Flood", "Water rose.").Format());
    }

    [Fact]
    public void Capture_before_a_line_break_and_indent_takes_hard_wrapped_lines()
    {
        HardWrapped value = HardWrapped.Parse("   The lead runs\nover two lines.\n   The rest.\n");

        Assert.Equal("The lead runs\nover two lines.", value.Lead);
        Assert.Equal("The rest.", value.Rest);
    }

    [Fact]
    public void Memory_members_slice_the_input_string_without_copying()
    {
        string text = "Title\n\nOne.\n\nTwo.\n";

        MemoryStory story = MemoryStory.Parse(text);

        Assert.True(System.Runtime.InteropServices.MemoryMarshal.TryGetString(story.Title, out string? owner, out int start, out _));
        Assert.Same(text, owner);
        Assert.Equal(0, start);
        Assert.Equal(["One.", "Two."], story.Paragraphs.Select(p => p.ToString()));
        Assert.Equal(story, MemoryStory.Parse(text.AsSpan()));
        Assert.Equal(story, MemoryStory.Parse(System.Text.Encoding.UTF8.GetBytes(text)));
        Assert.Equal(text, story.Format());
    }

    [Fact]
    public void Records_with_lists_compare_by_content()
    {
        var a = new TagLines(["x", "y"], "n");
        var b = new TagLines(["x", "y"], "n");
        var c = new TagLines(["x", "z"], "n");

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, c);
    }

    private static string AllTypesText() => "long 1\ndecimal 2.5\nbool False\nenum Flash\ndate 2024-01-01\ntime 00:00:00\noffset 2024-01-01T00:00:00.0000000+00:00\nguid 00000000-0000-0000-0000-000000000001\nmemory m\nbyte 0\ncount 7\nend\n";

    [Fact]
    public void Capture_marked_with_a_tilde_runs_across_lines_to_the_text_that_closes_it_on_its_line()
    {
        string text = "<DOC>\n<NOTE>Filed late;\nsee the desk.</NOTE>\n<DATELINE>PORTLAND, March 3 -\n    </DATELINE>\n<TEXT>\nThe text\nruns on.\n</TEXT>\n</DOC>\n";

        Envelope envelope = Envelope.Parse(text);

        Assert.Equal(new Envelope("Filed late;\nsee the desk.", "PORTLAND, March 3 -\n    ", "The text\nruns on."), envelope);
        Assert.Equal(text, envelope.Format());
        Assert.Equal(envelope, Envelope.Parse(text.Replace("\n", "\r\n", StringComparison.Ordinal)));
    }

    [Fact]
    public void Capture_marked_with_a_tilde_refuses_a_value_holding_its_closing_text()
    {
        // What ends it is the whole literal up to the next capture, so "</NOTE>" alone inside the value is fine.
        Assert.Throws<ArgumentException>(() => new Envelope("a</NOTE>\n<DATELINE>b", "x", "y").Format());
        Assert.Equal("a</NOTE>b", Envelope.Parse(new Envelope("a</NOTE>b", "x", "y").Format()).Note);
        Assert.Equal("a\n\nb", Envelope.Parse(new Envelope("a\n\nb", "x", "y").Format()).Note);
    }

    [Fact]
    public void Capture_marked_with_a_tilde_that_never_closes_is_reported_at_the_end_of_its_first_line()
    {
        var error = Assert.Throws<ArticleFormatException>(() => Envelope.Parse("<DOC>\n<NOTE>Filed late;\nsee the desk.\n<DATELINE>x</DATELINE>\n"));

        Assert.Equal((2, 18), (error.Line, error.Column));
        Assert.Contains("\"</NOTE>\\n<DATELINE>\"", error.Message, StringComparison.Ordinal);
    }

    private const string MixedFeed = """
        WIRE Metro
        >>> STORY harbor-fire
        Crews contain harbor blaze

        Fire crews worked through the night at pier 4.

        No injuries were reported.
        >>> BRIEF TRAFFIC: Route 9 reopens at noon.
        >>> Council meeting moved to Thursday. (City desk)
        (END)

        """;

    [Fact]
    public void Variants_as_list_items_are_read_by_the_first_variant_that_reads_the_whole_item()
    {
        WireFeed feed = WireFeed.Parse(MixedFeed);

        Assert.Equal("Metro", feed.Desk);
        Assert.Equal(3, feed.Items.Count);
        var story = Assert.IsType<FullStory>(feed.Items[0]);
        Assert.Equal(("harbor-fire", "Crews contain harbor blaze"), (story.Slug, story.Headline));
        Assert.Equal(new[] { "Fire crews worked through the night at pier 4.", "No injuries were reported." }, story.Body);
        Assert.Equal(new Brief("TRAFFIC", "Route 9 reopens at noon."), feed.Items[1]);
        Assert.Equal(new FreeText("Council meeting moved to Thursday.", "City desk"), feed.Items[2]);
        Assert.Equal(MixedFeed, feed.Format());
    }

    [Fact]
    public void Variants_are_tried_in_declaration_order_so_an_earlier_one_wins_where_both_fit()
    {
        // "BRIEF X: y (AP)" is also free text with a credit; Brief is listed first.
        Assert.Equal(new Brief("X", "y (AP)"), FeedItem.Parse("BRIEF X: y (AP)"));
        Assert.Equal(new FreeText("BRIEF without a colon", "AP"), FeedItem.Parse("BRIEF without a colon (AP)"));
        Assert.Equal(new FreeText("BRIEF X: y", "AP"), FreeText.Parse("BRIEF X: y (AP)"));
    }

    [Fact]
    public void Variant_base_parses_at_the_top_level_from_every_input_form()
    {
        const string Story = "STORY s1\nHeadline\n\nOne.\n\nTwo.\n";

        Assert.Equal(new Brief("A", "b"), FeedItem.Parse("BRIEF A: b\n"));
        Assert.Equal(new Brief("A", "b"), FeedItem.Parse("BRIEF A: b\r\n"u8));
        Assert.Equal(new FreeText("plain", "AP"), FeedItem.Parse("plain (AP)".AsSpan()));
        FeedItem story = FeedItem.Parse(Story.Replace("\n", "\r\n", StringComparison.Ordinal));
        Assert.Equal(Story, story.Format());
        Assert.True(FeedItem.TryParse("BRIEF A: b", out FeedItem? brief));
        Assert.Equal(new Brief("A", "b"), brief);
        Assert.False(FeedItem.TryParse("two\nlines", out _));
        Assert.False(FeedItem.TryParse((string?)null, out _));
        Assert.False(FeedItem.TryParse(new byte[] { 0xFF }, out _));
    }

    [Fact]
    public void Variant_base_formats_the_variant_the_value_is_in_every_output_form()
    {
        FeedItem item = new Brief("WEATHER", "Rain by evening.");
        const string Text = "BRIEF WEATHER: Rain by evening.";

        Assert.Equal(Text, item.Format());
        Assert.Equal(Text, item.ToString());
        Assert.Equal(Text, $"{item}");
        var chars = new char[64];
        Assert.True(item.TryFormat(chars, out int written));
        Assert.Equal(Text, new string(chars, 0, written));
        Assert.False(item.TryFormat(new char[5], out _));
        var bytes = new byte[64];
        Assert.True(item.TryFormat(bytes, out int bytesWritten));
        Assert.Equal(Text, System.Text.Encoding.UTF8.GetString(bytes, 0, bytesWritten));
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        item.WriteTo(buffer);
        Assert.Equal(Text, System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    [Fact]
    public void Variant_base_refuses_a_derived_type_that_is_not_one_of_its_variants()
    {
        FeedItem stray = new NotAVariant();

        var error = Assert.Throws<ArgumentException>(() => stray.Format());

        Assert.Contains("FeedItem has no layout for NotAVariant", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new FrontPage(stray, null).Format());
    }

    private sealed record NotAVariant : FeedItem;

    [Fact]
    public void Variant_base_refuses_a_value_whose_text_a_variant_listed_before_it_would_read()
    {
        // Written as free text it would read back as Brief("X", "y (AP)"): Brief is tried first.
        FeedItem item = new FreeText("BRIEF X: y", "AP");

        var error = Assert.Throws<ArgumentException>(() => item.Format());

        Assert.Contains("reads as a Brief, which FeedItem tries first", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => item.TryFormat(new char[64], out _));
        Assert.Throws<ArgumentException>(() => item.TryFormat(new byte[64], out _));
        Assert.Throws<ArgumentException>(() => item.WriteTo(new System.Buffers.ArrayBufferWriter<byte>()));
        Assert.Throws<ArgumentException>(() => new WireFeed("Metro", [item]).Format());
        Assert.Throws<ArgumentException>(() => new FrontPage(new Brief("A", "b"), item).Format());

        // On its own, as a FreeText, it reads back as itself.
        Assert.Equal("BRIEF X: y (AP)", ((FreeText)item).Format());
        Assert.Equal(item, FreeText.Parse(((FreeText)item).Format()));
    }

    [Fact]
    public void Variant_as_a_member_and_as_an_optional_member()
    {
        const string Text = "TOP BRIEF FIRE: Pier 4 reopens.\nALSO Markets close higher. (Business desk)\n";

        FrontPage page = FrontPage.Parse(Text);

        Assert.Equal(new FrontPage(new Brief("FIRE", "Pier 4 reopens."), new FreeText("Markets close higher.", "Business desk")), page);
        Assert.Equal(Text, page.Format());
        Assert.Equal("TOP x (y)\n", new FrontPage(new FreeText("x", "y"), null).Format());
        Assert.Null(FrontPage.Parse("TOP x (y)\n").Also);
    }

    [Fact]
    public void Variant_that_fits_none_is_reported_where_the_variant_that_got_furthest_stopped()
    {
        // The second item has no credit: FullStory and Brief stop at its first character, FreeText reads to the
        // end of its line, where " (" should follow.
        const string Text = "WIRE Metro\n>>> STORY s1\nHeadline\n>>> Council meeting moved\n(END)\n";

        var error = Assert.Throws<ArticleFormatException>(() => WireFeed.Parse(Text));

        Assert.Equal((4, 26), (error.Line, error.Column));
        Assert.Equal("FreeText", error.LayoutType);
        Assert.Equal(
            "Line 4, column 26: expected \" (\" after Text in FreeText (no variant of FeedItem fits: tried FullStory, Brief, FreeText; FreeText got furthest)",
            error.Message.Split('\n')[0]);
    }

    [Fact]
    public void Variant_base_error_at_the_top_level_names_the_furthest_variant_and_the_first_on_a_tie()
    {
        var furthest = Assert.Throws<ArticleFormatException>(() => FeedItem.Parse("two\nlines"));
        var tie = Assert.Throws<ArticleFormatException>(() => FeedItem.Parse("BRIEF RAIN later"));

        // FreeText alone reads past the first character. On "BRIEF RAIN later" Brief (wanting ": ") and
        // FreeText (wanting " (") both stop at its end: the one listed first is named.
        Assert.Equal(("FreeText", 1, 4), (furthest.LayoutType, furthest.Line, furthest.Column));
        Assert.Contains("FreeText got furthest", furthest.Message, StringComparison.Ordinal);
        Assert.Equal(("Brief", 1, 17), (tie.LayoutType, tie.Line, tie.Column));
        Assert.Contains("Brief got furthest", tie.Message, StringComparison.Ordinal);
    }
}

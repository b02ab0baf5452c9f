using System;

namespace ArticleGen
{
    /// <summary>
    /// Declares the text layout of a <c>partial record</c>. The layout looks like the article itself: literal
    /// text matches itself, <c>{Member}</c> captures a value, <c>{Member...}</c> a list, <c>[...]</c> an
    /// optional part. At compile time ArticleGen writes <c>Parse</c>, <c>TryParse</c>, <c>Format</c>,
    /// <c>TryFormat</c> and <c>WriteTo</c> for the record.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public sealed class ArticleLayoutAttribute : Attribute
    {
        /// <summary>Creates the attribute.</summary>
        /// <param name="layout">The layout: the article as it looks, with <c>{Member}</c> holes.</param>
        public ArticleLayoutAttribute(string layout) => Layout = layout;

        /// <summary>The layout string.</summary>
        public string Layout { get; }

        /// <summary>
        /// The line break <c>Format</c>, <c>TryFormat</c> and <c>WriteTo</c> write: <c>"\n"</c> (the default) or
        /// <c>"\r\n"</c>, so that a CRLF feed is written back as it came. Parsing accepts both either way, and
        /// values hold <c>\n</c> line breaks.
        /// </summary>
        public string NewLine { get; set; } = "\n";
    }
}

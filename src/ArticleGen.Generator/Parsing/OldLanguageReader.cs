using ArticleGen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ArticleGen.Generator.Parsing
{
    /// <summary>
    /// Finds [ArticleLayout] records in projects compiled as C# 8 or older (netstandard2.0 and .NET Framework
    /// default to C# 7.3). There, <c>partial record R(...)</c> reads as a method whose return type is named
    /// <c>record</c>, and <c>record R { ... }</c> as a property, so the compiler only says CS0246; ARTG038 says
    /// what to set instead.
    /// </summary>
    internal static class OldLanguageReader
    {
        public static bool IsCandidate(SyntaxNode node) => RecordKeyword(node) is not null;

        public static EquatableArray<DiagnosticInfo> Read(GeneratorAttributeSyntaxContext context)
        {
            SyntaxNode node = context.TargetNode;
            if (RecordKeyword(node) is not { } keyword
                || node.SyntaxTree.Options is not CSharpParseOptions { LanguageVersion: < LanguageVersion.CSharp9 } options)
            {
                return EquatableArray<DiagnosticInfo>.Empty;
            }

            string name = node is MethodDeclarationSyntax method ? method.Identifier.ValueText : ((PropertyDeclarationSyntax)node).Identifier.ValueText;
            var arguments = new[] { name, options.LanguageVersion.ToDisplayString() }.ToEquatableArray();
            return new[] { new DiagnosticInfo(DiagnosticDescriptors.RecordsNeedCSharp9.Id, keyword.GetLocation(), arguments) }.ToEquatableArray();
        }

        private static SyntaxToken? RecordKeyword(SyntaxNode node) => node switch
        {
            MethodDeclarationSyntax { ReturnType: IdentifierNameSyntax { Identifier.ValueText: "record" } type } => type.Identifier,
            PropertyDeclarationSyntax { Type: IdentifierNameSyntax { Identifier.ValueText: "record" } type } => type.Identifier,
            _ => null,
        };
    }
}

# cp-audit: runtime additions for every format, loaded once per Asciidoctor runtime.
#
# Chinese section numbers carry no trailing dot: "1 总论", "1.2 审核目的" (typesetting.md),
# where Asciidoctor prints "1. 总论", "1.2. 审核目的". Parents still join with the delimiter.
module CpAudit
  module SectnumWithoutTrailingDot
    def sectnum delimiter = '.', append = nil
      append.nil? ? super(delimiter, false) : super
    end
  end
end

Asciidoctor::Section.prepend CpAudit::SectnumWithoutTrailingDot unless Asciidoctor::Section < CpAudit::SectnumWithoutTrailingDot

# Relative paths (includes of the master document, imagesdir, images) resolve against the document
# folder, as in an editor's preview, while SAFE mode's jail stays the project folder (DESIGN.md).
# Asciidoctor uses its base_dir for both; the build sets base_dir to the project folder and names
# the document folder in the attribute audit-docdir.
module CpAudit
  module DocumentFolderPaths
    def normalize_system_path target, start = nil, jail = nil, opts = {}
      doc = @document
      if (docdir = doc.attributes['audit-docdir']) && doc.safe >= Asciidoctor::SafeMode::SAFE
        if start.nil? || start == doc.base_dir
          start = docdir
        elsif !(doc.path_resolver.root? start)
          start = ::File.join docdir, start
        end
      end
      super target, start, jail, opts
    end
  end
end

Asciidoctor::AbstractNode.prepend CpAudit::DocumentFolderPaths unless Asciidoctor::AbstractNode < CpAudit::DocumentFolderPaths

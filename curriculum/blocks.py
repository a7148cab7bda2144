"""StreamField blocks for lesson bodies: the teaching forms a mediation trainer uses."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]


class FigureBlock(blocks.StructBlock):
    """An image with its alternative text (asked for by ImageBlock) and an optional caption."""

    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=255)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "curriculum/blocks/figure.html"


class VideoBlock(blocks.StructBlock):
    """A video, either embedded from a provider or uploaded as a document, with a transcript.

    The transcript matters on slow links and for accessibility: the lesson stays usable when
    the video cannot be played.
    """

    title = blocks.CharBlock(label=_("Title"), max_length=255)
    embed = EmbedBlock(label=_("Embedded video URL"), required=False)
    file = DocumentChooserBlock(label=_("Uploaded video file"), required=False)
    transcript = blocks.RichTextBlock(
        label=_("Transcript"), required=False, features=RICH_TEXT_FEATURES
    )

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("embed")) == bool(value.get("file")):
            message = _("Give either an embedded video URL or an uploaded file, not both.")
            raise StructBlockValidationError(
                block_errors={"embed": ValidationError(message), "file": ValidationError(message)}
            )
        return value

    class Meta:
        icon = "media"
        label = _("Video")
        template = "curriculum/blocks/video.html"


class DocumentBlock(blocks.StructBlock):
    """A handout or reading to download."""

    document = DocumentChooserBlock(label=_("Document"))
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        icon = "doc-full"
        label = _("Document")
        template = "curriculum/blocks/document.html"


class CaseStudyBlock(blocks.StructBlock):
    """A realistic dispute for trainees to analyse, with discussion questions."""

    title = blocks.CharBlock(label=_("Title"), max_length=255)
    scenario = blocks.RichTextBlock(label=_("Scenario"), features=RICH_TEXT_FEATURES)
    questions = blocks.ListBlock(
        blocks.TextBlock(label=_("Question")), label=_("Discussion questions"), min_num=1
    )

    class Meta:
        icon = "clipboard-list"
        label = _("Case study")
        template = "curriculum/blocks/case_study.html"


class RoleBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Role"), max_length=255)
    brief = blocks.TextBlock(label=_("Brief for this role"))

    class Meta:
        label = _("Role")


class RolePlayBlock(blocks.StructBlock):
    """A role-play: the situation, a confidential brief per role and what an observer checks."""

    title = blocks.CharBlock(label=_("Title"), max_length=255)
    situation = blocks.RichTextBlock(label=_("Situation"), features=RICH_TEXT_FEATURES)
    roles = blocks.ListBlock(RoleBlock(), label=_("Roles"), min_num=2)
    observer_checklist = blocks.ListBlock(
        blocks.CharBlock(label=_("Item"), max_length=500), label=_("Observer checklist"), min_num=1
    )

    class Meta:
        icon = "group"
        label = _("Role-play scenario")
        template = "curriculum/blocks/role_play.html"


class ReflectionBlock(blocks.StructBlock):
    """A question the trainee answers for themselves after the lesson."""

    prompt = blocks.TextBlock(label=_("Prompt"))

    class Meta:
        icon = "help"
        label = _("Reflection prompt")
        template = "curriculum/blocks/reflection.html"


class TermBlock(blocks.StructBlock):
    term = blocks.CharBlock(label=_("Term"), max_length=255)
    definition = blocks.TextBlock(label=_("Definition"))

    class Meta:
        label = _("Term")


class GlossaryBlock(blocks.StructBlock):
    """Key terms of the lesson with their definitions."""

    terms = blocks.ListBlock(TermBlock(), label=_("Terms"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Glossary")
        template = "curriculum/blocks/glossary.html"


class LessonBodyBlock(blocks.StreamBlock):
    """Everything a lesson body can hold."""

    text = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES, icon="pilcrow")
    image = FigureBlock()
    video = VideoBlock()
    document = DocumentBlock()
    case_study = CaseStudyBlock()
    role_play = RolePlayBlock()
    reflection = ReflectionBlock()
    glossary = GlossaryBlock()


class LearningOutcomesBlock(blocks.StreamBlock):
    """What a trainee can do after the page, one outcome per item."""

    outcome = blocks.CharBlock(label=_("Learning outcome"), max_length=500, icon="tick")

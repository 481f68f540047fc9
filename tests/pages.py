"""Test pages shared by the rule tests: one short document (title, a paragraph used twice, a
signature) and the places a scraped line can land in it: under the title, above it, at the foot,
or between the two outline sections. Each rule test puts the line it studies in one of them and
runs the whole pipeline, so the clean text must be the document alone."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Page:
    title: str
    para: str
    body: str

    @property
    def clean(self) -> str:
        return f"{self.title}\n{self.body}"

    def head(self, block: str) -> str:
        """The block between the title and the body (a CMS's info strip, a metadata header)."""
        return f"{self.title}\n{block}\n{self.body}"

    def top(self, block: str) -> str:
        """The block above the title (a breadcrumb, a site's header)."""
        return f"{block}\n{self.title}\n{self.body}"

    def tail(self, block: str) -> str:
        """The block after the signature (a footer, a share bar)."""
        return f"{self.title}\n{self.body}\n{block}"

    def mid(self, block: str) -> str:
        """The block just before the second outline section (a page break, a spliced row)."""
        first, rest = self.body.split("二、", 1)
        return f"{self.title}\n{first}{block}\n二、{rest}"


def _page(title: str, para: str, opening: str, sections: tuple[str, str], second_edit: tuple[str, str],
          signature: str) -> Page:
    """A two-section document: greeting and intro, two headings each over a paragraph, signature and date."""
    second = para.replace(*second_edit)
    body = f"{opening}\n一、{sections[0]}\n{para}\n二、{sections[1]}\n{second}\n{signature}"
    return Page(title, para, body)


def _work_plan() -> Page:
    return _page("江岭市卫生健康委员会关于印发2021年卫生健康工作要点的通知",
                 "全面推进疾病预防控制体系改革，健全重大疫情应急响应机制，提升基层防控能力。",
                 "各县（市、区）卫生健康局，委直属各单位：\n现将《2021年全市卫生健康工作要点》印发给你们，请结合实际认真贯彻落实。",
                 ("加强公共卫生体系建设", "深化医药卫生体制改革"), ("提升基层防控", "提升基层服务"),
                 "江岭市卫生健康委员会\n2021年3月29日")


def _safety_notice() -> Page:
    return _page("江岭市应急管理局关于做好2021年春季安全生产工作的通知",
                 "全面落实安全生产责任制，深入开展隐患排查治理，坚决遏制重特大事故发生。",
                 "各县（市、区）应急管理局，市安委会各成员单位：\n为切实做好春季安全生产工作，现将有关事项通知如下。",
                 ("加强组织领导", "强化隐患排查"), ("深入开展", "全面开展"), "江岭市应急管理局\n2021年3月29日")


def _reading_notice() -> Page:
    return _page("临泉市文化和旅游局关于举办2024年全民阅读活动的通知",
                 "各地要精心组织，广泛动员群众参与，切实把全民阅读活动办出特色、办出实效。",
                 "各县（市、区）文化和旅游局，局属各单位：\n为深入推进书香城市建设，经研究，决定举办2024年全民阅读活动。现将有关事项通知如下。",
                 ("活动内容", "工作要求"), ("精心组织", "周密部署"), "临泉市文化和旅游局\n2024年4月2日")


WORK_PLAN = _work_plan()
SAFETY_NOTICE = _safety_notice()
READING_NOTICE = _reading_notice()

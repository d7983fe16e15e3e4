package org.cadre.cadres.internal.file;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * LRMX (任免审批表 exchange format): the approval form as XML, root {@code <Person>} with one element per field of the
 * form ({@code XingMing}, {@code ChuShengNianYue} as {@code yyyyMM}, {@code JiSuanNianLingShiJian} as
 * {@code yyyyMMdd}, {@code JianLi} one line per period, {@code ZhaoPian} the photo in base64…) and
 * {@code <JiaTingChengYuan>} with one {@code <Item>} per family member. Written in UTF-8; read in whatever encoding the
 * file declares (GBK is common).
 */
final class Lrmx {

    static final List<String> FIELDS = List.of("XingMing", "XingBie", "ChuShengNianYue", "MinZu", "JiGuan",
            "ChuShengDi", "RuDangShiJian", "CanJiaGongZuoShiJian", "JianKangZhuangKuang", "ZhuanYeJiShuZhiWu",
            "ShuXiZhuanYeYouHeZhuanChang", "QuanRiZhiJiaoYu_XueLi", "QuanRiZhiJiaoYu_XueWei",
            "QuanRiZhiJiaoYu_XueLi_BiYeYuanXiaoXi", "QuanRiZhiJiaoYu_XueWei_BiYeYuanXiaoXi", "ZaiZhiJiaoYu_XueLi",
            "ZaiZhiJiaoYu_XueWei", "ZaiZhiJiaoYu_XueLi_BiYeYuanXiaoXi", "ZaiZhiJiaoYu_XueWei_BiYeYuanXiaoXi",
            "XianRenZhiWu", "NiRenZhiWu", "NiMianZhiWu", "JianLi", "JiangChengQingKuang", "NianDuKaoHeJieGuo",
            "RenMianLiYou", "ChengBaoDanWei", "JiSuanNianLingShiJian", "TianBiaoShiJian", "TianBiaoRen",
            "ShenFenZheng", "ZhaoPian");

    static final List<String> FAMILY_FIELDS = List.of("ChengWei", "XingMing", "ChuShengRiQi", "ZhengZhiMianMao",
            "GongZuoDanWeiJiZhiWu");

    /** What the words "none" look like on a form. */
    static final String NONE = "无";

    /** An LRMX file as read: its fields by element name (missing ones absent) and its family rows. */
    record Parsed(Map<String, String> fields, List<Map<String, String>> family) {

        String get(String element) {
            return fields.getOrDefault(element, "");
        }
    }

    /** The file is not XML, or its root is not {@code <Person>}. */
    static final class Unreadable extends Exception {

        final String messageKey;

        Unreadable(String messageKey, String detail) {
            super(detail);
            this.messageKey = messageKey;
        }
    }

    private Lrmx() {
    }

    /** The form's fields as LRMX elements (the form assembled in Chinese). */
    static Parsed elements(FormData f) {
        Map<String, String> e = new LinkedHashMap<>();
        e.put("XingMing", f.name());
        e.put("XingBie", f.gender());
        e.put("ChuShengNianYue", month(f.birthDate()));
        e.put("MinZu", f.ethnicity());
        e.put("JiGuan", f.nativePlace());
        e.put("ChuShengDi", f.birthplace());
        e.put("RuDangShiJian", month(f.partyJoinDate()));
        e.put("CanJiaGongZuoShiJian", month(f.workStartDate()));
        e.put("JianKangZhuangKuang", f.health());
        e.put("ZhuanYeJiShuZhiWu", f.professionalTitle());
        e.put("ShuXiZhuanYeYouHeZhuanChang", f.specialty());
        education(e, "QuanRiZhiJiaoYu", f.fulltime());
        education(e, "ZaiZhiJiaoYu", f.inservice());
        e.put("XianRenZhiWu", f.currentPost());
        e.put("NiRenZhiWu", f.proposedPost());
        e.put("NiMianZhiWu", f.removedPost());
        e.put("JianLi", String.join("\n", f.resume()));
        e.put("JiangChengQingKuang", f.rewards().isEmpty() ? NONE : String.join("\n", f.rewards()));
        e.put("NianDuKaoHeJieGuo", f.annualResults());
        e.put("RenMianLiYou", f.reason());
        e.put("ChengBaoDanWei", f.approvingBody());
        e.put("JiSuanNianLingShiJian", day(f.ageDate()));
        e.put("TianBiaoShiJian", day(f.fillDate()));
        e.put("TianBiaoRen", f.filledBy());
        e.put("ShenFenZheng", f.nationalId());
        e.put("ZhaoPian", f.photo() == null ? "" : Base64.getEncoder().encodeToString(f.photo().content()));
        List<Map<String, String>> family = new ArrayList<>();
        for (FormData.Family m : f.family()) {
            Map<String, String> item = new LinkedHashMap<>();
            item.put("ChengWei", ApprovalForm.nz(m.relation()));
            item.put("XingMing", ApprovalForm.nz(m.name()));
            item.put("ChuShengRiQi", month(m.birthDate()));
            item.put("ZhengZhiMianMao", ApprovalForm.nz(m.political()));
            item.put("GongZuoDanWeiJiZhiWu", ApprovalForm.nz(m.employerPost()));
            family.add(item);
        }
        return new Parsed(e, family);
    }

    private static void education(Map<String, String> e, String prefix, FormData.Education education) {
        e.put(prefix + "_XueLi", education.education());
        e.put(prefix + "_XueWei", education.degree());
        e.put(prefix + "_XueLi_BiYeYuanXiaoXi", education.educationSchool());
        e.put(prefix + "_XueWei_BiYeYuanXiaoXi", education.degreeSchool());
    }

    static byte[] write(Parsed lrmx) {
        try {
            Document doc = builder().newDocument();
            Element person = doc.createElement("Person");
            doc.appendChild(person);
            for (String name : FIELDS) {
                if (name.equals("ZhaoPian")) {
                    continue;
                }
                add(doc, person, name, lrmx.get(name));
                if (name.equals("ShenFenZheng")) {
                    Element family = doc.createElement("JiaTingChengYuan");
                    person.appendChild(family);
                    for (Map<String, String> m : lrmx.family()) {
                        Element item = doc.createElement("Item");
                        family.appendChild(item);
                        FAMILY_FIELDS.forEach(f -> add(doc, item, f, m.getOrDefault(f, "")));
                    }
                }
            }
            add(doc, person, "ZhaoPian", lrmx.get("ZhaoPian"));
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty(OutputKeys.STANDALONE, "yes");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(doc), new StreamResult(out));
            return out.toByteArray();
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void add(Document doc, Element parent, String name, String text) {
        Element element = doc.createElement(name);
        element.setTextContent(text == null ? "" : text);
        parent.appendChild(element);
    }

    static Parsed read(byte[] content) throws Unreadable {
        Document doc;
        try {
            doc = builder().parse(new ByteArrayInputStream(content));
        } catch (SAXException | IOException e) {
            throw new Unreadable("cadres.file.lrmx.error.notXml", e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        Element root = doc.getDocumentElement();
        if (root == null || !"Person".equals(root.getNodeName())) {
            throw new Unreadable("cadres.file.lrmx.error.root", root == null ? "" : root.getNodeName());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        List<Map<String, String>> family = new ArrayList<>();
        NodeList children = root.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (!(children.item(i) instanceof Element child)) {
                continue;
            }
            if (child.getNodeName().equals("JiaTingChengYuan")) {
                NodeList items = child.getChildNodes();
                for (int j = 0; j < items.getLength(); j++) {
                    if (items.item(j) instanceof Element item && item.getNodeName().equals("Item")) {
                        Map<String, String> row = new LinkedHashMap<>();
                        NodeList cells = item.getChildNodes();
                        for (int k = 0; k < cells.getLength(); k++) {
                            if (cells.item(k) instanceof Element cell) {
                                row.put(cell.getNodeName(), text(cell));
                            }
                        }
                        if (row.values().stream().anyMatch(v -> !v.isEmpty())) {
                            family.add(row);
                        }
                    }
                }
            } else {
                fields.put(child.getNodeName(), text(child));
            }
        }
        return new Parsed(fields, family);
    }

    /** The element's text with line ends normalized and the lines trimmed at their ends. */
    private static String text(Node node) {
        String text = node.getTextContent().replace("\r\n", "\n").replace('\r', '\n');
        return String.join("\n", text.strip().lines().map(String::strip).toList());
    }

    private static DocumentBuilder builder() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        // no DTDs, no external entities: an uploaded file must not make the server read files or URLs
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setExpandEntityReferences(false);
        factory.setXIncludeAware(false);
        return factory.newDocumentBuilder();
    }

    static String month(LocalDate day) {
        return day == null ? "" : "%04d%02d".formatted(day.getYear(), day.getMonthValue());
    }

    static String day(LocalDate day) {
        return day == null ? "" : "%04d%02d%02d".formatted(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
    }
}

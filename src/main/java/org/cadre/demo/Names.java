package org.cadre.demo;

import java.util.Random;

/** Invented Chinese names: a common surname with one or two given-name characters drawn at random. */
final class Names {

    private static final String[] SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡"
            + "余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
            .split("");
    private static final String MALE = "伟强磊军勇杰涛明超斌刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林峰建国志文博坤晨阳振东海洋锋毅洪亮晓";
    private static final String FEMALE = "芳娜敏静丽艳娟霞秀玲桂英婷雪慧琳颖梅琴云莉倩洁兰萍红燕佳欣悦晶瑶璐蕾薇怡嘉雯丹妍彤";

    private Names() {
    }

    static String person(Random random, boolean male) {
        String pool = male ? MALE : FEMALE;
        String surname = SURNAMES[random.nextInt(SURNAMES.length)];
        StringBuilder name = new StringBuilder(surname);
        int given = random.nextInt(100) < 70 ? 2 : 1;
        for (int i = 0; i < given; i++) {
            name.append(pool.charAt(random.nextInt(pool.length())));
        }
        return name.toString();
    }
}

// Target progress counts only records of the target's own kind (issue 16): an item whose target counts a kind of
// people with a verb (接待参观群众 … 人次, 服务农户 … 户) is linked without asking only when the record counts that kind or
// names the item's own object (展品, 专家服务团). The place alone (科技馆) or a generic deed (下乡, 讲座) is offered.
import { describe, expect, it } from 'vitest';
import { countedKindsOf, distinctObjectsOf } from '../../src/core/activities/item-kind.js';
import { linkedPaths } from '../support/kexie-for-tests.js';

describe('the kind a target counts and the object an item names, read from the item', () => {
  it('a museum item counts visitors and names its exhibits', () => {
    const item = { title: '推进县科技馆展品更新', text: '推进县科技馆展品更新。上半年完成展品更新方案，第三季度完成展品采购和布展，全年接待参观群众不少于3万人次。牵头部门：科技馆。' };
    expect(countedKindsOf([{ subject: '接待参观群众', unit: '人次' }]).length).toBe(1);
    expect(distinctObjectsOf(item)).toEqual(expect.arrayContaining(['展品', '布展']));
    expect(distinctObjectsOf(item)).not.toContain('科技馆');
  });
  it('a 下乡 item counts farmers and names its 专家服务团', () => {
    const item = { title: '开展科技志愿服务下乡活动', text: '开展科技志愿服务下乡活动。每月组织专家服务团下乡，全年服务农户不少于1000户。牵头部门：农技协。' };
    expect(countedKindsOf([{ subject: '服务农户', unit: '户' }]).length).toBe(1);
    expect(distinctObjectsOf(item)).toContain('专家服务团');
    expect(distinctObjectsOf(item).some((o) => /下乡|科技志愿服务|活动/u.test(o))).toBe(false);
  });
  it('a target of generic people (参与群众) names no kind', () => {
    expect(countedKindsOf([{ subject: '参与群众', unit: '人次' }])).toEqual([]);
  });
});

describe('the place or a generic deed alone: offered, not linked', () => {
  it.each([
    // A training camp held at the museum: its pupils and their parents are not the museum's visitors.
    ['8月10日至14日科技馆暑期小小讲解员培训营圆满结营啦！报名60人，实际到营52人，结营展示那天家长来了70多位观看。', '2026-08-15'],
    // A weather display at the museum's door: passers-by, not visitors received.
    ['1月2日在县科技馆门口摆了冬季气象科普展板，过往群众驻足观看约500人次。', '2026-01-03'],
    ['3月8日在县科技馆广场搞了一场科普义诊，路过的群众约300人。', '2026-03-09'],
    // A department taking books to the countryside: no 专家服务团, no farmers counted.
    ['上周二到周四我们部门下乡去了三个乡镇的农家书屋送科普书，一共送了两千四百本，配了科普挂图六十套，每个点讲了一场小讲座，共3场，听众加起来两百出头。', '2026-06-15'],
    // A retired teacher's talk on health in a village.
    ['各位领导好，我是县老科协的退休教师老周。上个月18号我们老科协几位老同志下乡到柳树村，在村委会给村里的老人孩子讲了一场健康科普讲座，讲的是夏季防中暑和饮食卫生，村里来了六十多人听，大家反映很好。', '2026-07-05'],
  ])('%s', async (text, today) => {
    expect(await linkedPaths(text, today)).toEqual([null]);
  });
});

describe('the kind counted or the object named: linked', () => {
  it.each([
    ['昨天在县科技馆举办机器人科普秀两场，观众520人次。', '2026-10-12', '二/（二）/1'],
    ['国庆期间县科技馆接待游客共计6800人次。', '2026-10-09', '二/（二）/1'],
    ['8月20日县科技馆新到的航天展品完成布展，当天试运行。', '2026-08-21', '二/（二）/1'],
    ['上周末两天县科技馆人流不断，合计3200人次。', '2026-10-12', '二/（二）/1'],
    ['6月3日县科技馆来了两个研学团，共160名学生。', '2026-06-04', '二/（二）/1'],
    ['3月5日学雷锋日，科技志愿服务队到石桥村开展果树修剪指导，服务农户60户。', '2026-03-06', '三/2'],
    // The item's own trip: 科技下乡, the 科技志愿者's, a 宣讲团's.
    ['上周五镇里搞了科技下乡，群众来了三百多，发资料一千二百份。', '2026-06-15', '三/2'],
    ['9月上旬我们老科协科普宣讲团下乡，一共走了8个村，宣讲12场，听众累计约1100人次。', '2026-09-12', '三/2'],
    ['6月12日专家服务团下乡到东山村讲葡萄病虫害防治，听课的有45人。', '2026-06-13', '三/2'],
    ['上周农技协组织专家下乡到李家村，现场指导果农修剪，来了30多个果农。', '2026-03-16', '三/2'],
  ])('%s', async (text, today, path) => {
    expect(await linkedPaths(text, today)).toEqual([path]);
  });
});

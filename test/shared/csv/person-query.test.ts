/**
 * A Viva Insights person query (Microsoft's Copilot analytics export: one row per person and week, every licensed
 * person listed, the inactive weeks too). Header and first row as in microsoft/viva-insights-sample-code,
 * examples/utility-python/_data/simulated_person_query.csv (also the column list of the vivainsights package's
 * `pq_data`); the other three rows are made up in its shape. Before, the wizard proposed "Weekend_collaboration_hours"
 * as the week number (the "week" in "Weekend"), "Days_of_active_Copilot_usage_in_Teams" as the group (the "Teams" in
 * it), a chat-only day count as the uses and "Total_Copilot_active_days" as a yes/no: the rows of the two active
 * person-weeks were rejected ("2 is not yes or no") and the two inactive ones kept, so adoption read 0 of 2 in both
 * weeks. It is 1 of 2 in each.
 */
import { describe, expect, it } from 'vitest';
import { namesAnAmount } from '../../../shared/csv/header-words';
import { importBytes, previewText, summaryOf, utf8 } from './helpers';

const personQuery = [
  '"PersonId","MetricDate","Collaboration_hours","After_hours_collaboration_hours","Internal_network_size","External_network_size","Weekend_collaboration_hours","Emails_sent","Emails_read","Active_connected_hours","Total_Copilot_active_days","Total_Copilot_enabled_days","Days_of_active_Copilot_chat__work__usage","Days_of_active_Copilot_usage_in_Excel","Days_of_active_Copilot_usage_in_Loop","Days_of_active_Copilot_usage_in_OneNote","Days_of_active_Copilot_usage_in_Outlook","Days_of_active_Copilot_usage_in_Powerpoint","Days_of_active_Copilot_usage_in_Teams","Days_of_active_Copilot_usage_in_Word","Email_hours","Meeting_hours","Meeting_and_call_hours","Chat_hours","Unscheduled_call_hours","Multitasking_hours","Call_hours","Calls","Time_with_leadership","Collaboration_span","Channel_message_hours","Channel_message_posts","Network_outside_company","Network_outside_organisation","Copilot_actions_taken_in_Teams","Copilot_actions_taken_in_Copilot_chat_(work)","Copilot_actions_taken_in_Excel","Copilot_actions_taken_in_Outlook","Copilot_actions_taken_in_Powerpoint","Copilot_actions_taken_in_Word","SupervisorIndicator","Level","Organization"',
  '1,2024-09-01,22.9982586121364,0,109,18,4,34,800,27.7064425442325,2,3,1,0,0,0,1,0,1,0,6.96073629278348,14.4574327707461,15.9080291675135,0.678325107209861,0.800160005294372,2.36309622655198,9.2607371665354,28,0.143181690864864,47.0673401599731,1.31546619172101,0,14.9635757016409,6.03246504655324,2,1,0,0,0,1,"Manager","Level3","Research"',
  '2,2024-09-01,18.4,1.2,84,11,0,21,512,25.1,0,5,0,0,0,0,0,0,0,0,5.2,10.1,12.3,1.1,0.4,1.9,2.2,9,0.2,40.5,0.9,3,8.4,4.1,0,0,0,0,0,0,"IC","Level2","Research"',
  '1,2024-09-08,20.1,0.5,101,15,2,30,760,26.3,0,3,0,0,0,0,0,0,0,0,6.1,12.2,14.0,0.7,0.6,2.0,1.8,12,0.1,45.2,1.2,2,13.1,5.5,0,0,0,0,0,0,"Manager","Level3","Research"',
  '2,2024-09-08,19.0,0.9,86,12,0,25,530,24.9,3,5,2,0,0,0,1,0,2,1,5.5,9.8,11.9,1.3,0.5,1.7,2.1,8,0.2,41.0,1.0,4,8.9,4.3,3,2,0,1,0,2,"IC","Level2","Research"',
].join('\n');

describe('a Viva Insights person query', () => {
  it('is read by person, week and days of Copilot use; nothing else is proposed', () => {
    const bytes = utf8(`${personQuery}\n`);
    const preview = previewText(personQuery, 'usage');
    expect(preview.mapping.fields).toEqual({
      userId: 'PersonId',
      date: 'MetricDate',
      week: null,
      stage: null,
      group: null,
      uses: 'Total_Copilot_active_days',
      active: null,
    });
    const { result: imported, rows } = importBytes(bytes, { kind: 'usage', settings: preview.settings, mapping: preview.mapping });
    expect(summaryOf(imported).rejected).toBe(0);
    // Active (uses above 0): person 1 in the week of 2024-09-01, person 2 in the week of 2024-09-08.
    expect(rows.map((r) => [r.date, r.userId, r.uses])).toEqual([
      ['2024-09-01', '1', 2],
      ['2024-09-01', '2', 0],
      ['2024-09-08', '1', 0],
      ['2024-09-08', '2', 3],
    ]);
  });

  it.each([
    ['Weekend_collaboration_hours', true],
    ['Days_of_active_Copilot_usage_in_Teams', true],
    ['Copilot_actions_taken_in_Teams', true],
    ['Total_Copilot_active_days', true],
    ['Meeting minutes', true],
    ['week', false],
    ['Week number', false],
    ['Team', false],
    ['is_active', false],
    ['hallucination', false],
  ])('%j names an amount: %s', (header, amount) => {
    expect(namesAnAmount(header)).toBe(amount);
  });
});

/** The message in tests/fixtures/emails/outlook-unicode-en.msg (written by {@link outlookMsg}). */
import type { OutlookMessage } from './outlook-msg';

const body = [
  'Hello Morgan,',
  '',
  'Here are my answers:',
  '',
  ...['c', 'a', 'd', 'b', 'b', 'd', 'a', 'c', 'd', 'd'].map((letter, i) => `${i + 1}. ${letter}`),
  '',
  'Kind regards',
  'Ngozi Adeyemi',
  '',
  'From: Morgan Reyes <quiz@example.com>',
  'Sent: Monday, March 9, 2026 10:00 AM',
  'To: Ngozi Adeyemi <ngozi.adeyemi@corp.example.com>',
  'Subject: Contact centre metrics: how well do you know them?',
  '',
  '1. A contact centre works to a service level of 80/20. What does that mean?',
  '2. Which of these statements about average handle time (AHT) are true?',
].join('\r\n');

export const outlookFixture: OutlookMessage = {
  subject: 'RE: Contact centre metrics: how well do you know them?',
  senderName: 'Ngozi Adeyemi',
  senderEmail: 'ngozi.adeyemi@corp.example.com',
  recipientName: 'Morgan Reyes',
  recipientEmail: 'quiz@example.com',
  date: new Date('2026-03-12T09:30:00Z'),
  body,
  html: `<html><body>${body
    .split('\r\n')
    .map((line) => `<p class="MsoNormal">${line || '&nbsp;'}</p>`)
    .join('\r\n')}</body></html>`,
};

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { viewerTimeZone } from '@renderer/lib/dates';
import { isKnownZone, offsetLabel } from '@renderer/lib/zonedTime';
import { SelectField } from './fields';

/** Zones people dealing with exchanges most often need, besides their own. */
export const COMMON_TIME_ZONES = [
  'Asia/Shanghai',
  'Asia/Hong_Kong',
  'Asia/Taipei',
  'Asia/Singapore',
  'Asia/Tokyo',
  'Asia/Seoul',
  'Asia/Dubai',
  'Asia/Kolkata',
  'Europe/London',
  'Europe/Berlin',
  'Europe/Moscow',
  'America/New_York',
  'America/Chicago',
  'America/Los_Angeles',
  'Australia/Sydney',
  'UTC',
] as const;

/** The system zone first, then the common ones (and the current value if it is neither). */
export function timeZoneChoices(current: string): string[] {
  const system = viewerTimeZone();
  const list = [system, ...COMMON_TIME_ZONES.filter((zone) => zone !== system)];
  if (current && !list.includes(current) && isKnownZone(current)) list.splice(1, 0, current);
  return list;
}

interface TimeZoneSelectProps {
  value: string;
  onChange: (zone: string) => void;
  label?: string;
  hint?: string;
  className?: string;
  /** For the offset shown beside each name (it changes with daylight saving). */
  at?: number;
}

/** A labelled select of IANA zones, each with its UTC offset; the system's own is marked. */
export function TimeZoneSelect({ value, onChange, label, hint, className, at }: TimeZoneSelectProps) {
  const { t } = useTranslation();
  const system = viewerTimeZone();
  // The offsets only need to be right for the day in question, not to the second.
  const when = at ?? 0;
  const options = useMemo(() => {
    const instant = when || new Date().setUTCHours(12, 0, 0, 0);
    return timeZoneChoices(value).map((zone) => ({
      zone,
      text: `${zone.replace(/_/g, ' ')} (${offsetLabel(instant, zone)})${zone === system ? ` · ${t('when.systemZone')}` : ''}`,
    }));
  }, [value, when, system, t]);
  return (
    <SelectField
      label={label ?? t('when.timeZone')}
      hint={hint}
      fieldClassName={className}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    >
      {options.map((option) => (
        <option key={option.zone} value={option.zone}>
          {option.text}
        </option>
      ))}
    </SelectField>
  );
}

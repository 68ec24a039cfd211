/** Entry of the staff preview page (`/?staff-preview=1`): the content list, not the kiosk. */
import { contentBundle, contentProblems, staffLanguage } from 'virtual:kiosk-content';
import { createStaffPreview } from './ui/StaffPreviewView.ts';
import './styles.css';

document.documentElement.lang = 'en';
document.documentElement.classList.add('staff-preview-page');
document.getElementById('kiosk-root')?.replaceWith(createStaffPreview(contentBundle, contentProblems, staffLanguage));

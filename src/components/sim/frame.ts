import { createContext, useContext } from 'react';

/**
 * The window frame a program's view is drawn in (Screen.tsx provides it): whether the window is
 * maximised, as a browser on a Windows 10 PC usually is, and its □ button's action (maximise /
 * restore down). The frame's size is the view's own drawing, not the PC's state: no event is sent.
 * Dialogs have no frame (their caption draws only ×).
 */
export interface WindowFrame {
	readonly maximised: boolean;
	readonly toggle: () => void;
}

export const Frame = createContext<WindowFrame | null>(null);

export const useFrame = (): WindowFrame | null => useContext(Frame);

import {createContext, useContext} from 'react';
import {decideTheme, type Theme} from './theme.js';

const ThemeContext = createContext<Theme>(decideTheme({color: false, ascii: true}, {}));

export const ThemeProvider = ThemeContext.Provider;

export function useTheme(): Theme {
	return useContext(ThemeContext);
}

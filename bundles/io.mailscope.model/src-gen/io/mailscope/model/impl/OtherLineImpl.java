/**
 */
package io.mailscope.model.impl;

import io.mailscope.model.MailscopePackage;
import io.mailscope.model.OtherLine;

import org.eclipse.emf.ecore.EClass;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Other Line</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class OtherLineImpl extends TraceEventImpl implements OtherLine {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OtherLineImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MailscopePackage.Literals.OTHER_LINE;
	}

} //OtherLineImpl

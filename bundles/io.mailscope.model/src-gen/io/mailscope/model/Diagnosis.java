/**
 */
package io.mailscope.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Diagnosis</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.mailscope.model.Diagnosis#getTrace <em>Trace</em>}</li>
 *   <li>{@link io.mailscope.model.Diagnosis#getFindings <em>Findings</em>}</li>
 *   <li>{@link io.mailscope.model.Diagnosis#getRuleFailures <em>Rule Failures</em>}</li>
 * </ul>
 *
 * @see io.mailscope.model.MailscopePackage#getDiagnosis()
 * @model
 * @generated
 */
public interface Diagnosis extends EObject {
	/**
	 * Returns the value of the '<em><b>Trace</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Trace</em>' reference.
	 * @see #setTrace(Trace)
	 * @see io.mailscope.model.MailscopePackage#getDiagnosis_Trace()
	 * @model
	 * @generated
	 */
	Trace getTrace();

	/**
	 * Sets the value of the '{@link io.mailscope.model.Diagnosis#getTrace <em>Trace</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trace</em>' reference.
	 * @see #getTrace()
	 * @generated
	 */
	void setTrace(Trace value);

	/**
	 * Returns the value of the '<em><b>Findings</b></em>' containment reference list.
	 * The list contents are of type {@link io.mailscope.model.Finding}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Findings</em>' containment reference list.
	 * @see io.mailscope.model.MailscopePackage#getDiagnosis_Findings()
	 * @model containment="true"
	 * @generated
	 */
	EList<Finding> getFindings();

	/**
	 * Returns the value of the '<em><b>Rule Failures</b></em>' containment reference list.
	 * The list contents are of type {@link io.mailscope.model.RuleFailure}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rule Failures</em>' containment reference list.
	 * @see io.mailscope.model.MailscopePackage#getDiagnosis_RuleFailures()
	 * @model containment="true"
	 * @generated
	 */
	EList<RuleFailure> getRuleFailures();

} // Diagnosis

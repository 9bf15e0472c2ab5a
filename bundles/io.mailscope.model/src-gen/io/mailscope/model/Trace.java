/**
 */
package io.mailscope.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Trace</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A client log or live session rebuilt into protocol sessions; every event keeps its source line range.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.mailscope.model.Trace#getSource <em>Source</em>}</li>
 *   <li>{@link io.mailscope.model.Trace#getFormatId <em>Format Id</em>}</li>
 *   <li>{@link io.mailscope.model.Trace#getFormatName <em>Format Name</em>}</li>
 *   <li>{@link io.mailscope.model.Trace#getLineCount <em>Line Count</em>}</li>
 *   <li>{@link io.mailscope.model.Trace#getByteCount <em>Byte Count</em>}</li>
 *   <li>{@link io.mailscope.model.Trace#getSessions <em>Sessions</em>}</li>
 *   <li>{@link io.mailscope.model.Trace#getStatusEvents <em>Status Events</em>}</li>
 *   <li>{@link io.mailscope.model.Trace#getOtherLines <em>Other Lines</em>}</li>
 *   <li>{@link io.mailscope.model.Trace#getOtherLineCount <em>Other Line Count</em>}</li>
 *   <li>{@link io.mailscope.model.Trace#getRepairs <em>Repairs</em>}</li>
 *   <li>{@link io.mailscope.model.Trace#getProblems <em>Problems</em>}</li>
 * </ul>
 *
 * @see io.mailscope.model.MailscopePackage#getTrace()
 * @model
 * @generated
 */
public interface Trace extends EObject {
	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see io.mailscope.model.MailscopePackage#getTrace_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link io.mailscope.model.Trace#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Format Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Format Id</em>' attribute.
	 * @see #setFormatId(String)
	 * @see io.mailscope.model.MailscopePackage#getTrace_FormatId()
	 * @model
	 * @generated
	 */
	String getFormatId();

	/**
	 * Sets the value of the '{@link io.mailscope.model.Trace#getFormatId <em>Format Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format Id</em>' attribute.
	 * @see #getFormatId()
	 * @generated
	 */
	void setFormatId(String value);

	/**
	 * Returns the value of the '<em><b>Format Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Format Name</em>' attribute.
	 * @see #setFormatName(String)
	 * @see io.mailscope.model.MailscopePackage#getTrace_FormatName()
	 * @model
	 * @generated
	 */
	String getFormatName();

	/**
	 * Sets the value of the '{@link io.mailscope.model.Trace#getFormatName <em>Format Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format Name</em>' attribute.
	 * @see #getFormatName()
	 * @generated
	 */
	void setFormatName(String value);

	/**
	 * Returns the value of the '<em><b>Line Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Line Count</em>' attribute.
	 * @see #setLineCount(int)
	 * @see io.mailscope.model.MailscopePackage#getTrace_LineCount()
	 * @model
	 * @generated
	 */
	int getLineCount();

	/**
	 * Sets the value of the '{@link io.mailscope.model.Trace#getLineCount <em>Line Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Line Count</em>' attribute.
	 * @see #getLineCount()
	 * @generated
	 */
	void setLineCount(int value);

	/**
	 * Returns the value of the '<em><b>Byte Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Byte Count</em>' attribute.
	 * @see #setByteCount(long)
	 * @see io.mailscope.model.MailscopePackage#getTrace_ByteCount()
	 * @model
	 * @generated
	 */
	long getByteCount();

	/**
	 * Sets the value of the '{@link io.mailscope.model.Trace#getByteCount <em>Byte Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Byte Count</em>' attribute.
	 * @see #getByteCount()
	 * @generated
	 */
	void setByteCount(long value);

	/**
	 * Returns the value of the '<em><b>Sessions</b></em>' containment reference list.
	 * The list contents are of type {@link io.mailscope.model.Session}.
	 * It is bidirectional and its opposite is '{@link io.mailscope.model.Session#getTrace <em>Trace</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sessions</em>' containment reference list.
	 * @see io.mailscope.model.MailscopePackage#getTrace_Sessions()
	 * @see io.mailscope.model.Session#getTrace
	 * @model opposite="trace" containment="true"
	 * @generated
	 */
	EList<Session> getSessions();

	/**
	 * Returns the value of the '<em><b>Status Events</b></em>' containment reference list.
	 * The list contents are of type {@link io.mailscope.model.StatusEvent}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Codes and errors the client reported (hrStatus values, error dialog texts, library exceptions).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status Events</em>' containment reference list.
	 * @see io.mailscope.model.MailscopePackage#getTrace_StatusEvents()
	 * @model containment="true"
	 * @generated
	 */
	EList<StatusEvent> getStatusEvents();

	/**
	 * Returns the value of the '<em><b>Other Lines</b></em>' containment reference list.
	 * The list contents are of type {@link io.mailscope.model.OtherLine}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lines that are not protocol (client chatter, blank lines), kept so nothing is dropped silently. Large traces keep a bounded number here and count the rest in otherLineCount.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Other Lines</em>' containment reference list.
	 * @see io.mailscope.model.MailscopePackage#getTrace_OtherLines()
	 * @model containment="true"
	 * @generated
	 */
	EList<OtherLine> getOtherLines();

	/**
	 * Returns the value of the '<em><b>Other Line Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Other Line Count</em>' attribute.
	 * @see #setOtherLineCount(int)
	 * @see io.mailscope.model.MailscopePackage#getTrace_OtherLineCount()
	 * @model
	 * @generated
	 */
	int getOtherLineCount();

	/**
	 * Sets the value of the '{@link io.mailscope.model.Trace#getOtherLineCount <em>Other Line Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Other Line Count</em>' attribute.
	 * @see #getOtherLineCount()
	 * @generated
	 */
	void setOtherLineCount(int value);

	/**
	 * Returns the value of the '<em><b>Repairs</b></em>' containment reference list.
	 * The list contents are of type {@link io.mailscope.model.Repair}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Repairs</em>' containment reference list.
	 * @see io.mailscope.model.MailscopePackage#getTrace_Repairs()
	 * @model containment="true"
	 * @generated
	 */
	EList<Repair> getRepairs();

	/**
	 * Returns the value of the '<em><b>Problems</b></em>' containment reference list.
	 * The list contents are of type {@link io.mailscope.model.ImportProblem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Problems</em>' containment reference list.
	 * @see io.mailscope.model.MailscopePackage#getTrace_Problems()
	 * @model containment="true"
	 * @generated
	 */
	EList<ImportProblem> getProblems();

} // Trace

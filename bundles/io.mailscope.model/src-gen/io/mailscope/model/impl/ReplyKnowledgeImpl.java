/**
 */
package io.mailscope.model.impl;

import io.mailscope.model.MailscopePackage;
import io.mailscope.model.ReplyKnowledge;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Reply Knowledge</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.mailscope.model.impl.ReplyKnowledgeImpl#getId <em>Id</em>}</li>
 *   <li>{@link io.mailscope.model.impl.ReplyKnowledgeImpl#getCauseId <em>Cause Id</em>}</li>
 *   <li>{@link io.mailscope.model.impl.ReplyKnowledgeImpl#getConfidence <em>Confidence</em>}</li>
 *   <li>{@link io.mailscope.model.impl.ReplyKnowledgeImpl#getWhy <em>Why</em>}</li>
 *   <li>{@link io.mailscope.model.impl.ReplyKnowledgeImpl#getFix <em>Fix</em>}</li>
 *   <li>{@link io.mailscope.model.impl.ReplyKnowledgeImpl#getSource <em>Source</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class ReplyKnowledgeImpl extends EObjectImpl implements ReplyKnowledge {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getCauseId() <em>Cause Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCauseId()
	 * @generated
	 * @ordered
	 */
	protected static final String CAUSE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCauseId() <em>Cause Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCauseId()
	 * @generated
	 * @ordered
	 */
	protected String causeId = CAUSE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getConfidence() <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfidence()
	 * @generated
	 * @ordered
	 */
	protected static final double CONFIDENCE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getConfidence() <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfidence()
	 * @generated
	 * @ordered
	 */
	protected double confidence = CONFIDENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getWhy() <em>Why</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWhy()
	 * @generated
	 * @ordered
	 */
	protected static final String WHY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWhy() <em>Why</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWhy()
	 * @generated
	 * @ordered
	 */
	protected String why = WHY_EDEFAULT;

	/**
	 * The default value of the '{@link #getFix() <em>Fix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFix()
	 * @generated
	 * @ordered
	 */
	protected static final String FIX_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFix() <em>Fix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFix()
	 * @generated
	 * @ordered
	 */
	protected String fix = FIX_EDEFAULT;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected String source = SOURCE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReplyKnowledgeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MailscopePackage.Literals.REPLY_KNOWLEDGE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailscopePackage.REPLY_KNOWLEDGE__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCauseId() {
		return causeId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCauseId(String newCauseId) {
		String oldCauseId = causeId;
		causeId = newCauseId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailscopePackage.REPLY_KNOWLEDGE__CAUSE_ID, oldCauseId, causeId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getConfidence() {
		return confidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConfidence(double newConfidence) {
		double oldConfidence = confidence;
		confidence = newConfidence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailscopePackage.REPLY_KNOWLEDGE__CONFIDENCE, oldConfidence, confidence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWhy() {
		return why;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWhy(String newWhy) {
		String oldWhy = why;
		why = newWhy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailscopePackage.REPLY_KNOWLEDGE__WHY, oldWhy, why));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFix() {
		return fix;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFix(String newFix) {
		String oldFix = fix;
		fix = newFix;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailscopePackage.REPLY_KNOWLEDGE__FIX, oldFix, fix));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(String newSource) {
		String oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailscopePackage.REPLY_KNOWLEDGE__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MailscopePackage.REPLY_KNOWLEDGE__ID:
				return getId();
			case MailscopePackage.REPLY_KNOWLEDGE__CAUSE_ID:
				return getCauseId();
			case MailscopePackage.REPLY_KNOWLEDGE__CONFIDENCE:
				return getConfidence();
			case MailscopePackage.REPLY_KNOWLEDGE__WHY:
				return getWhy();
			case MailscopePackage.REPLY_KNOWLEDGE__FIX:
				return getFix();
			case MailscopePackage.REPLY_KNOWLEDGE__SOURCE:
				return getSource();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case MailscopePackage.REPLY_KNOWLEDGE__ID:
				setId((String)newValue);
				return;
			case MailscopePackage.REPLY_KNOWLEDGE__CAUSE_ID:
				setCauseId((String)newValue);
				return;
			case MailscopePackage.REPLY_KNOWLEDGE__CONFIDENCE:
				setConfidence((Double)newValue);
				return;
			case MailscopePackage.REPLY_KNOWLEDGE__WHY:
				setWhy((String)newValue);
				return;
			case MailscopePackage.REPLY_KNOWLEDGE__FIX:
				setFix((String)newValue);
				return;
			case MailscopePackage.REPLY_KNOWLEDGE__SOURCE:
				setSource((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case MailscopePackage.REPLY_KNOWLEDGE__ID:
				setId(ID_EDEFAULT);
				return;
			case MailscopePackage.REPLY_KNOWLEDGE__CAUSE_ID:
				setCauseId(CAUSE_ID_EDEFAULT);
				return;
			case MailscopePackage.REPLY_KNOWLEDGE__CONFIDENCE:
				setConfidence(CONFIDENCE_EDEFAULT);
				return;
			case MailscopePackage.REPLY_KNOWLEDGE__WHY:
				setWhy(WHY_EDEFAULT);
				return;
			case MailscopePackage.REPLY_KNOWLEDGE__FIX:
				setFix(FIX_EDEFAULT);
				return;
			case MailscopePackage.REPLY_KNOWLEDGE__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case MailscopePackage.REPLY_KNOWLEDGE__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case MailscopePackage.REPLY_KNOWLEDGE__CAUSE_ID:
				return CAUSE_ID_EDEFAULT == null ? causeId != null : !CAUSE_ID_EDEFAULT.equals(causeId);
			case MailscopePackage.REPLY_KNOWLEDGE__CONFIDENCE:
				return confidence != CONFIDENCE_EDEFAULT;
			case MailscopePackage.REPLY_KNOWLEDGE__WHY:
				return WHY_EDEFAULT == null ? why != null : !WHY_EDEFAULT.equals(why);
			case MailscopePackage.REPLY_KNOWLEDGE__FIX:
				return FIX_EDEFAULT == null ? fix != null : !FIX_EDEFAULT.equals(fix);
			case MailscopePackage.REPLY_KNOWLEDGE__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (id: ");
		result.append(id);
		result.append(", causeId: ");
		result.append(causeId);
		result.append(", confidence: ");
		result.append(confidence);
		result.append(", why: ");
		result.append(why);
		result.append(", fix: ");
		result.append(fix);
		result.append(", source: ");
		result.append(source);
		result.append(')');
		return result.toString();
	}

} //ReplyKnowledgeImpl
